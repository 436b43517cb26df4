package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
            Set<Cell> cells = scope.test(d) ? cells(d, start, end, zone) : Set.of();
            if (!cells.isEmpty()) {
                long[] c = rows.computeIfAbsent(d.agencyCode(), k -> new long[Cell.values().length]);
                cells.forEach(cell -> c[cell.ordinal()]++);
            }
        }
        return rows;
    }

    /** The codes of the dossiers counted in {@code cell}. */
    static Set<String> codes(List<ReportFixtures.Seed> seeds, LocalDate from, LocalDate to, ZoneId zone,
            Predicate<ReportFixtures.Seed> scope, Cell cell) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Set<String> codes = new TreeSet<>();
        seeds.stream().filter(d -> scope.test(d) && cells(d, start, end, zone).contains(cell))
                .forEach(d -> codes.add(d.code()));
        return codes;
    }

    /** The numbers one dossier counts in, for the period {@code [start, end)}; empty when none. */
    static Set<Cell> cells(ReportFixtures.Seed d, Instant start, Instant end, ZoneId zone) {
        Set<Cell> cells = EnumSet.noneOf(Cell.class);
        if (d.receivedAt() == null || d.status().equals("INTAKE_REFUSED")) {
            return cells; // only received dossiers count
        }
        Instant finished = d.finishedAt();
        boolean toHandle = d.receivedAt().isBefore(end) && (finished == null || !finished.isBefore(start));
        if (!toHandle) {
            return cells;
        }
        cells.add(Cell.TO_HANDLE);
        if (d.receivedAt().isBefore(start)) {
            cells.add(Cell.CARRIED_OVER);
        } else {
            cells.add(Cell.RECEIVED);
            cells.add(switch (d.channel()) {
                case "ONLINE" -> Cell.RECEIVED_ONLINE;
                case "DIRECT" -> Cell.RECEIVED_DIRECT;
                default -> Cell.RECEIVED_POSTAL;
            });
        }
        boolean finishedInPeriod = finished != null && !finished.isBefore(start) && finished.isBefore(end);
        if (finishedInPeriod && Set.of("RESOLVED", "RETURNED").contains(d.status())) {
            cells.add(Cell.RESOLVED);
            cells.add(switch (Timeliness.of(finished, d.dueAt(), zone)) {
                case EARLY -> Cell.RESOLVED_EARLY;
                case ON_TIME -> Cell.RESOLVED_ON_TIME;
                case LATE -> Cell.RESOLVED_LATE;
            });
        } else if (finishedInPeriod && Set.of("WITHDRAWN", "STOPPED").contains(d.status())) {
            cells.add(Cell.WITHDRAWN);
        } else if (finished == null || !finished.isBefore(end)) {
            cells.add(Cell.IN_PROGRESS);
            cells.add(d.dueAt().isBefore(end) ? Cell.IN_PROGRESS_OVERDUE : Cell.IN_PROGRESS_WITHIN_TIME);
        }
        return cells;
    }
}
