package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;

import vn.motcua.dossier.Channel;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.web.Validation;
import vn.motcua.reporting.Cell;
import vn.motcua.reporting.ReportFilter;
import vn.motcua.reporting.ReportPeriod;

/**
 * The query parameters of a report (API and page alike), taken as text so that every bad field is
 * reported at once, in both languages, instead of the first type mismatch only. Public only for the
 * templates' expressions.
 */
public record ReportParams(String from, String to, String level, String agency, String procedure, String field,
        String onlineLevel, String channel, String desk) {

    /** The years a report date may lie in. */
    static final int FIRST_YEAR = Validation.FIRST_YEAR;
    static final int LAST_YEAR = Validation.LAST_YEAR;

    private static final Set<String> ONLINE_LEVELS = Set.of("FULL", "PARTIAL", "NONE");

    record Parsed(ReportPeriod period, ReportFilter filter) {
    }

    Parsed parse(ZoneId zone) {
        return parse(zone, null).parsed();
    }

    record WithCell(Parsed parsed, Cell cell) {
    }

    /** Parses the parameters and, when {@code cell} is not null, the drill-down's cell too. */
    WithCell parse(ZoneId zone, String cell) {
        Validation v = new Validation();
        LocalDate start = date(v, "from", from);
        LocalDate end = date(v, "to", to);
        AdministrativeLevel lvl = named(v, "level", level, AdministrativeLevel.class);
        Channel ch = named(v, "channel", channel, Channel.class);
        String online = blank(onlineLevel) ? null : onlineLevel.trim().toUpperCase();
        v.check(online == null || ONLINE_LEVELS.contains(online), "onlineLevel", "report.onlineLevel.unknown");
        Cell c = cell == null ? null : Cell.byKey(cell).orElse(null);
        v.check(cell == null || !cell.isBlank(), "cell", "problem.field.required");
        v.check(cell == null || cell.isBlank() || c != null, "cell", "report.cell.unknown", cell);
        v.throwIfInvalid();
        ReportPeriod period = ReportPeriod.of(start, end, zone);
        return new WithCell(new Parsed(period, new ReportFilter(lvl, trim(agency), trim(procedure), trim(field),
                online, ch, trim(desk))), c);
    }

    private static LocalDate date(Validation v, String name, String value) {
        if (blank(value)) {
            v.add(name, "problem.field.required");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.add(name, "report.date.format");
            return null;
        }
        // The calendar's ends (year ±999999999) have no next day and no timestamp: refused, not a 500.
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            v.add(name, "report.date.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
            return null;
        }
        return date;
    }

    private static <E extends Enum<E>> E named(Validation v, String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.trim()))
                .findFirst().orElseGet(() -> {
                    v.add(name, "problem.field.format");
                    return null;
                });
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
