package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Early, on time or late (DESIGN.md §5): early when finished on a local date before the due
 * instant's local date; on time when on the same date and not after the due instant; late when
 * after the due instant. The one place this rule is written.
 */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    public static Timeliness of(Instant finishedAt, Instant dueAt, ZoneId zone) {
        if (finishedAt.isAfter(dueAt)) {
            return LATE;
        }
        return finishedAt.atZone(zone).toLocalDate().isBefore(dueAt.atZone(zone).toLocalDate()) ? EARLY : ON_TIME;
    }
}
