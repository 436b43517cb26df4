package vn.motcua.dossier.counts;

import java.time.Instant;

import vn.motcua.dossier.Dossier;

/**
 * The columns of a dossier row that its day counts depend on. The writer of dossier rows passes these
 * of the row before and after its write to {@link DayCountLedger}.
 */
public record CountedFacts(long resolvingAgencyId, String level, String status, String channel, Instant receivedAt,
        Instant dueAt, Instant finishedAt) {

    public static CountedFacts of(Dossier d) {
        return new CountedFacts(d.placement().resolvingAgencyId(), d.procedure().level(), d.status().name(),
                d.placement().channel().name(), d.timeline().receivedAt(), d.timeline().dueAt(),
                d.timeline().finishedAt());
    }
}
