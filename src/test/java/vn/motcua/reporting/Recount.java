package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import vn.motcua.dossier.Timeliness;

/**
 * The brute-force recount the report must equal, written straight from DESIGN.md §5 over the raw
 * rows, sharing nothing with the report's SQL but the {@link Timeliness} rule.
 */
final class Recount {

    private Recount() {
    }

    /** Counts per agency code (only agencies with something to handle), in the order of {@link Cell}. */
    static Map<String, long[]> count(List<ReportFixtures.Seed> seeds, LocalDate from, LocalDate to, ZoneId zone,
            Predicate<ReportFixtures.Seed> scope) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, long[]> rows = new TreeMap<>();
        for (ReportFixtures.Seed d : seeds) {
            if (!scope.test(d) || d.receivedAt() == null || d.status().equals("INTAKE_REFUSED")) {
                continue; // only received dossiers count
            }
            Instant finished = d.finishedAt();
            boolean toHandle = d.receivedAt().isBefore(end) && (finished == null || !finished.isBefore(start));
            if (!toHandle) {
                continue;
            }
            long[] c = rows.computeIfAbsent(d.agencyCode(), k -> new long[Cell.values().length]);
            c[Cell.TO_HANDLE.ordinal()]++;
            if (d.receivedAt().isBefore(start)) {
                c[Cell.CARRIED_OVER.ordinal()]++;
            } else {
                c[Cell.RECEIVED.ordinal()]++;
                Cell channel = switch (d.channel()) {
                    case "ONLINE" -> Cell.RECEIVED_ONLINE;
                    case "DIRECT" -> Cell.RECEIVED_DIRECT;
                    default -> Cell.RECEIVED_POSTAL;
                };
                c[channel.ordinal()]++;
            }
            boolean finishedInPeriod = finished != null && !finished.isBefore(start) && finished.isBefore(end);
            if (finishedInPeriod && Set.of("RESOLVED", "RETURNED").contains(d.status())) {
                c[Cell.RESOLVED.ordinal()]++;
                Cell timeliness = switch (Timeliness.of(finished, d.dueAt(), zone)) {
                    case EARLY -> Cell.RESOLVED_EARLY;
                    case ON_TIME -> Cell.RESOLVED_ON_TIME;
                    case LATE -> Cell.RESOLVED_LATE;
                };
                c[timeliness.ordinal()]++;
            } else if (finishedInPeriod && Set.of("WITHDRAWN", "STOPPED").contains(d.status())) {
                c[Cell.WITHDRAWN.ordinal()]++;
            } else if (finished == null || !finished.isBefore(end)) {
                c[Cell.IN_PROGRESS.ordinal()]++;
                c[(d.dueAt().isBefore(end) ? Cell.IN_PROGRESS_OVERDUE : Cell.IN_PROGRESS_WITHIN_TIME).ordinal()]++;
            }
        }
        return rows;
    }
}
