package vn.motcua.platform.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed outbox entries are kept for a while (to look into a delivery) and then deleted, so the
 * table stays small whatever the traffic. Safe on every node: the delete is idempotent.
 */
@Component
class OutboxCleanup {

    private final CompletedEventPublications completed;
    private final Duration retention;

    OutboxCleanup(CompletedEventPublications completed,
            @Value("${motcua.outbox.retention:P7D}") Duration retention) {
        this.completed = completed;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${motcua.outbox.cleanup-interval:PT1H}", initialDelayString = "PT5M")
    void deleteOld() {
        completed.deletePublicationsOlderThan(retention);
    }
}
