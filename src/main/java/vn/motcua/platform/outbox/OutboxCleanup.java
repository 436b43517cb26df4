package vn.motcua.platform.outbox;

import java.time.Clock;
import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With a retention ({@code motcua.outbox.retention} above zero) delivered rows are kept for a while
 * (to look into a delivery) and then deleted here; with none (the default) they are deleted on
 * delivery and this does nothing. Safe on every node: the delete is idempotent.
 */
@Component
class OutboxCleanup {

    private final OutboxStore store;
    private final OutboxSettings settings;
    private final Clock clock;

    OutboxCleanup(OutboxStore store, OutboxSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motcua.outbox.cleanup-interval:PT10M}", initialDelayString = "PT1M")
    void scheduled() {
        if (!settings.retention().isZero()) {
            deleteDelivered(settings.retention());
        }
    }

    /** Deletes delivered rows older than {@code retention}; answers how many. */
    int deleteDelivered(Duration retention) {
        return store.deleteDelivered(clock.instant().minus(retention));
    }
}
