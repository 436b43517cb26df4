package vn.motcua.dossier;

import java.time.Instant;

/**
 * Published once per dossier and step when a due instant is near (one working day or less left)
 * or passed, for notifications and the late analysis. {@code stepIndex} is null for the dossier's
 * own due instant.
 */
public record DeadlineApproaching(String code, Kind kind, Integer stepIndex, Long agencyId, Instant dueAt,
        Instant detectedAt) {

    public enum Kind { NEARING_DUE, OVERDUE }
}
