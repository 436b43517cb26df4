package vn.motcua.dossier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Listens to dossier events the way other modules will: through the outbox, after commit. */
@Component
public class DossierEventsProbe {

    private final List<DossierChanged> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(DossierChanged event) {
        received.add(event);
    }

    private final List<DeadlineApproaching> deadlines = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(DeadlineApproaching event) {
        deadlines.add(event);
    }

    public List<DeadlineApproaching> deadlinesOf(String code) {
        return deadlines.stream().filter(e -> e.code().equals(code)).toList();
    }

    public List<DossierChanged> of(String code) {
        return received.stream().filter(e -> e.code().equals(code)).toList();
    }
}
