package vn.motcua.dossier.counts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.motcua.dossier.Timeliness;

/**
 * What one dossier row contributes to the day counts (the same rules as {@link DayCountSql#PROJECTION}
 * and as the report's conditions, {@code vn.motcua.reporting.Cell}): nothing unless received and not
 * refused at intake; a receipt by channel on the day of receipt; on the day of finishing, a close and
 * its kind (early / on time / late for RESOLVED and RETURNED, withdrawn for WITHDRAWN and STOPPED); a
 * passed due on the day of max(receipt, due), and its close on the day of max(receipt, due, finish).
 */
final class Projection {

    private static final Set<String> RESOLVED = Set.of("RESOLVED", "RETURNED");
    private static final Set<String> WITHDRAWN = Set.of("WITHDRAWN", "STOPPED");

    private Projection() {
    }

    /** {@code after} minus {@code before}, without the rows where nothing changed; either may be null. */
    static Map<DayKey, int[]> delta(CountedFacts before, CountedFacts after, int offsetSeconds) {
        Map<DayKey, int[]> rows = new LinkedHashMap<>();
        add(rows, after, 1, offsetSeconds);
        add(rows, before, -1, offsetSeconds);
        rows.values().removeIf(Projection::allZero);
        return rows;
    }

    static void add(Map<DayKey, int[]> rows, CountedFacts d, int sign, int offset) {
        if (d == null || d.receivedAt() == null || "INTAKE_REFUSED".equals(d.status())) {
            return;
        }
        Instant received = d.receivedAt();
        Instant due = d.dueAt();
        Instant finished = d.finishedAt();
        DayColumn channel = switch (d.channel()) {
            case "ONLINE" -> DayColumn.RECEIVED_ONLINE;
            case "DIRECT" -> DayColumn.RECEIVED_DIRECT;
            case "POSTAL" -> DayColumn.RECEIVED_POSTAL;
            default -> null;
        };
        if (channel != null) {
            bump(rows, d, day(received, offset), channel, sign);
        }
        if (finished != null) {
            int finishedDay = day(finished, offset);
            bump(rows, d, finishedDay, DayColumn.CLOSED, sign);
            if (RESOLVED.contains(d.status()) && due != null) {
                DayColumn kind = switch (Timeliness.of(finished, due, offset)) {
                    case LATE -> DayColumn.RESOLVED_LATE;
                    case EARLY -> DayColumn.RESOLVED_EARLY;
                    case ON_TIME -> DayColumn.RESOLVED_ON_TIME;
                };
                bump(rows, d, finishedDay, kind, sign);
            } else if (WITHDRAWN.contains(d.status())) {
                bump(rows, d, finishedDay, DayColumn.WITHDRAWN, sign);
            }
        }
        if (due != null) {
            Instant passed = later(received, due);
            bump(rows, d, day(passed, offset), DayColumn.DUE_PASSED, sign);
            if (finished != null) {
                bump(rows, d, day(later(passed, finished), offset), DayColumn.DUE_PASSED_CLOSED, sign);
            }
        }
    }

    /** The local date of an instant as days since 1970-01-01, as the SQL computes it. */
    static int day(Instant instant, int offsetSeconds) {
        return (int) Timeliness.localDay(instant, offsetSeconds);
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private static void bump(Map<DayKey, int[]> rows, CountedFacts d, int day, DayColumn column, int sign) {
        rows.computeIfAbsent(new DayKey(d.resolvingAgencyId(), d.level(), day),
                k -> new int[DayColumn.values().length])[column.ordinal()] += sign;
    }

    private static boolean allZero(int[] counts) {
        for (int c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }
}
