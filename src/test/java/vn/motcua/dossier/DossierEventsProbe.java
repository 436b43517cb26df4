package vn.motcua.dossier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import vn.motcua.platform.outbox.OutboxConsumer;

/**
 * Listens to dossier events the way other modules do: as outbox consumers, after commit. What it
 * received is kept for the whole test JVM: the outbox is delivered from the database, so the context
 * whose node claims a delivery (one of the cached test contexts) need not be the publishing one.
 */
@Component
public class DossierEventsProbe {

    private static final List<DossierChanged> RECEIVED = new CopyOnWriteArrayList<>();
    private static final List<DeadlineApproaching> DEADLINES = new CopyOnWriteArrayList<>();

    /** The probe's consumer of {@link DossierChanged}. */
    @Component
    static class Changes implements OutboxConsumer<DossierChanged> {
        @Override
        public String name() {
            return "test.dossier-probe.changes";
        }

        @Override
        public void accept(DossierChanged event) {
            RECEIVED.add(event);
        }
    }

    /** The probe's consumer of {@link DeadlineApproaching}. */
    @Component
    static class Deadlines implements OutboxConsumer<DeadlineApproaching> {
        @Override
        public String name() {
            return "test.dossier-probe.deadlines";
        }

        @Override
        public void accept(DeadlineApproaching event) {
            DEADLINES.add(event);
        }
    }

    public List<DeadlineApproaching> deadlinesOf(String code) {
        return DEADLINES.stream().filter(e -> e.code().equals(code)).toList();
    }

    public List<DossierChanged> of(String code) {
        return RECEIVED.stream().filter(e -> e.code().equals(code)).toList();
    }
}
