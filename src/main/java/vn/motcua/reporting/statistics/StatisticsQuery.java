package vn.motcua.reporting.statistics;

import java.time.LocalDate;

import vn.motcua.platform.web.Validation;

/**
 * The parameters of the public statistics, as text so that every bad one is reported at once:
 * {@code period} = month (default) or quarter; {@code year} with {@code month} or {@code quarter} for a
 * past period (the year defaults to the current one); none of them for the current period.
 */
public record StatisticsQuery(String period, String year, String month, String quarter) {

    /** The earliest year asked for: before it there is no electronic one-stop data to count. */
    static final int FIRST_YEAR = 2000;

    StatisticsPeriod parse(LocalDate today) {
        Validation v = new Validation();
        StatisticsPeriod.Kind kind = kind(v);
        Integer y = number(v, "year", year, FIRST_YEAR, today.getYear());
        String field = kind == StatisticsPeriod.Kind.QUARTER ? "quarter" : "month";
        String given = kind == StatisticsPeriod.Kind.QUARTER ? quarter : month;
        Integer n = kind == null ? null : number(v, field, given, 1, kind.count());
        v.check(kind == null || y == null || !blank(given), field, "problem.field.required");
        v.throwIfInvalid();
        if (n == null) {
            return StatisticsPeriod.holding(kind, today);
        }
        StatisticsPeriod p = StatisticsPeriod.of(kind, y == null ? today.getYear() : y, n, today);
        v.check(!p.from().isAfter(today), field, "report.public.future");
        v.throwIfInvalid();
        return p;
    }

    private StatisticsPeriod.Kind kind(Validation v) {
        if (blank(period) || period.trim().equalsIgnoreCase("month")) {
            return StatisticsPeriod.Kind.MONTH;
        }
        if (period.trim().equalsIgnoreCase("quarter")) {
            return StatisticsPeriod.Kind.QUARTER;
        }
        v.add("period", "report.public.period");
        return null;
    }

    private static Integer number(Validation v, String name, String value, int min, int max) {
        if (blank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(name, "report.public.range", String.valueOf(min), String.valueOf(max));
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
