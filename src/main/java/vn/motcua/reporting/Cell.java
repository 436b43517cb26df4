package vn.motcua.reporting;

import java.util.Arrays;
import java.util.Optional;

import vn.motcua.dossier.Timeliness;

/**
 * The numbers of the resolution report (DESIGN.md §5), each with its SQL condition. The report's
 * sums and the drill-down lists use the same condition, so a cell and its list cannot disagree.
 * <p>
 * Every condition applies on top of "to handle" (received before {@code :end}, not finished before
 * {@code :start}). Local dates are whole days since the epoch shifted by the zone's offset
 * ({@code :offset} seconds), which is exact for a zone without offset changes (see {@link ReportPeriod}).
 */
public enum Cell {
    RECEIVED("received", "d.received_at >= :start"),
    RECEIVED_ONLINE("receivedOnline", "d.received_at >= :start and d.channel = 'ONLINE'"),
    RECEIVED_DIRECT("receivedDirect", "d.received_at >= :start and d.channel = 'DIRECT'"),
    RECEIVED_POSTAL("receivedPostal", "d.received_at >= :start and d.channel = 'POSTAL'"),
    CARRIED_OVER("carriedOver", "d.received_at < :start"),
    TO_HANDLE("toHandle", "1 = 1"),
    RESOLVED("resolved", Sql.RESOLVED),
    RESOLVED_EARLY("resolvedEarly", Sql.RESOLVED + " and " + Timeliness.EARLY.sqlCondition(Sql.FINISHED, Sql.DUE)),
    RESOLVED_ON_TIME("resolvedOnTime", Sql.RESOLVED + " and " + Timeliness.ON_TIME.sqlCondition(Sql.FINISHED, Sql.DUE)),
    RESOLVED_LATE("resolvedLate", Sql.RESOLVED + " and " + Timeliness.LATE.sqlCondition(Sql.FINISHED, Sql.DUE)),
    WITHDRAWN("withdrawn", "d.finished_at < :end and d.status in ('WITHDRAWN', 'STOPPED')"),
    IN_PROGRESS("inProgress", Sql.OPEN),
    IN_PROGRESS_WITHIN_TIME("inProgressWithinTime", Sql.OPEN + " and not " + Timeliness.overdueSql(Sql.DUE, ":end")),
    IN_PROGRESS_OVERDUE("inProgressOverdue", Sql.OPEN + " and " + Timeliness.overdueSql(Sql.DUE, ":end"));

    private final String key;
    private final String condition;

    Cell(String key, String condition) {
        this.key = key;
        this.condition = condition;
    }

    /** The name in the API ({@code resolvedLate}) and in the i18n keys ({@code report.cell.resolvedLate}). */
    public String key() {
        return key;
    }

    String condition() {
        return "(" + condition + ")";
    }

    /** The local date of an instant column as days since 1970-01-01 (needs {@code :offset}), as the cells count it. */
    static String localDay(String column) {
        return Timeliness.localDaySql(column);
    }

    public static Optional<Cell> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    private static final class Sql {
        static final String RESOLVED = "d.finished_at < :end and d.status in ('RESOLVED', 'RETURNED')";
        static final String OPEN = "(d.finished_at is null or d.finished_at >= :end)";
        static final String FINISHED = "d.finished_at";
        static final String DUE = "d.due_at";
    }
}
