package vn.motcua.documents;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, removes uploads nothing was attached to within a day (forms started and abandoned).
 * Running on every node is fine: each orphan row is deleted by one node only.
 */
@Component
class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    private final FileStorage storage;
    private final Clock clock;
    private final Duration orphanAfter;

    OrphanSweep(FileStorage storage, Clock clock,
            @Value("${motcua.documents.orphan-after:PT24H}") Duration orphanAfter) {
        this.storage = storage;
        this.clock = clock;
        this.orphanAfter = orphanAfter;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "${motcua.documents.sweep-every:PT1H}")
    void sweep() {
        int removed = storage.removeOrphans(clock.instant().minus(orphanAfter));
        if (removed > 0) {
            log.info("Removed {} uploaded files never attached within {}", removed, orphanAfter);
        }
    }
}
