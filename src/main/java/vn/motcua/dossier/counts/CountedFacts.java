package vn.motcua.dossier.counts;

import java.time.Instant;

/**
 * The columns of a dossier row that its day counts depend on. A writer of dossier rows passes these
 * of the row before and after its write to {@link DayCountLedger}.
 */
public record CountedFacts(long resolvingAgencyId, String level, String status, String channel, Instant receivedAt,
        Instant dueAt, Instant finishedAt) {
}
