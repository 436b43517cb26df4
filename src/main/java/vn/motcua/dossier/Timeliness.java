package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Early, on time, late and overdue (DESIGN.md §5): the one home of these rules, in Java and in SQL.
 * <ul>
 * <li>A dossier (or step) finished after its due instant is <b>late</b>; finished on a local date before
 * the due instant's local date, <b>early</b>; otherwise (same local date, not after the due instant)
 * <b>on time</b>. Finishing exactly at the due instant is on time.</li>
 * <li>An open dossier is <b>overdue</b> at an instant strictly after its due instant: at the due instant
 * itself it is still within time, the same boundary as "late".</li>
 * </ul>
 * The SQL forms ({@link #sqlCondition}, {@link #overdueSql}) take column expressions and count local
 * dates with the zone's fixed offset in the parameter {@code :offset} (seconds), as the reports and day
 * counts do (the reports refuse zones whose offset changes); {@code TimelinessRulesTest} holds the Java
 * and SQL forms equal on random instants.
 */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    private static final long DAY = 86_400L;

    /** The timeliness of finishing at {@code finishedAt} against {@code dueAt}, local dates in {@code zone}. */
    public static Timeliness of(Instant finishedAt, Instant dueAt, ZoneId zone) {
        if (finishedAt.isAfter(dueAt)) {
            return LATE;
        }
        return finishedAt.atZone(zone).toLocalDate().isBefore(dueAt.atZone(zone).toLocalDate()) ? EARLY : ON_TIME;
    }

    /** As {@link #of(Instant, Instant, ZoneId)} with local dates at a fixed offset, as the SQL form counts them. */
    public static Timeliness of(Instant finishedAt, Instant dueAt, int offsetSeconds) {
        if (finishedAt.isAfter(dueAt)) {
            return LATE;
        }
        return localDay(finishedAt, offsetSeconds) < localDay(dueAt, offsetSeconds) ? EARLY : ON_TIME;
    }

    /** Whether a dossier due at {@code dueAt} and still open is overdue at {@code now}. */
    public static boolean overdue(Instant dueAt, Instant now) {
        return now.isAfter(dueAt);
    }

    /** SQL: this timeliness for the instant expressions {@code finished} and {@code due} (needs {@code :offset}). */
    public String sqlCondition(String finished, String due) {
        return switch (this) {
            case LATE -> "(" + finished + " > " + due + ")";
            case EARLY -> "(" + finished + " <= " + due + " and " + localDaySql(finished) + " < " + localDaySql(due) + ")";
            case ON_TIME -> "(" + finished + " <= " + due + " and " + localDaySql(finished) + " >= "
                    + localDaySql(due) + ")";
        };
    }

    /** SQL: {@link #overdue} for the instant expressions {@code due} and {@code now}. */
    public static String overdueSql(String due, String now) {
        return "(" + due + " < " + now + ")";
    }

    /** The local date of an instant as days since 1970-01-01 at a fixed offset. */
    public static long localDay(Instant instant, int offsetSeconds) {
        return Math.floorDiv(instant.getEpochSecond() + offsetSeconds, DAY);
    }

    /**
     * SQL: {@link #localDay} of an instant expression (needs {@code :offset}), in integer arithmetic: H2
     * divides NUMERIC values at a very large scale, and integer division truncates towards zero, which is
     * the floor for every instant after 1970.
     */
    public static String localDaySql(String instant) {
        return "((cast(floor(extract(epoch from " + instant + ")) as bigint) + :offset) / " + DAY + ")";
    }
}
