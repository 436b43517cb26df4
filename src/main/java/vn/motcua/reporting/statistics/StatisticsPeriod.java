package vn.motcua.reporting.statistics;

import java.time.LocalDate;

/**
 * A month or quarter of the public statistics: {@code from} its first day, {@code to} its last day or,
 * for the current one, today (a day that has not come has nothing to count, and "overdue" is judged
 * at the end of the period, which must not lie in the future).
 */
public record StatisticsPeriod(Kind kind, int year, int number, LocalDate from, LocalDate to, boolean current) {

    public enum Kind {
        MONTH(1), QUARTER(3);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        /** The number of the period holding {@code date}: its month, or its quarter. */
        int numberOf(LocalDate date) {
            return (date.getMonthValue() - 1) / months + 1;
        }

        int count() {
            return 12 / months;
        }
    }

    /** The period {@code number} of {@code year}, cut at {@code today}; not checked against the future. */
    static StatisticsPeriod of(Kind kind, int year, int number, LocalDate today) {
        LocalDate first = LocalDate.of(year, (number - 1) * kind.months + 1, 1);
        LocalDate last = first.plusMonths(kind.months).minusDays(1);
        boolean current = !today.isBefore(first) && !today.isAfter(last);
        return new StatisticsPeriod(kind, year, number, first, current ? today : last, current);
    }

    /** The period that holds {@code today}. */
    static StatisticsPeriod holding(Kind kind, LocalDate today) {
        return of(kind, today.getYear(), kind.numberOf(today), today);
    }

    /** The period before this one. */
    public StatisticsPeriod previous(LocalDate today) {
        LocalDate before = from.minusDays(1);
        return of(kind, before.getYear(), kind.numberOf(before), today);
    }

    /** "period=quarter&year=2026&quarter=3", the query of this period's page and API. */
    public String query() {
        String name = kind.name().toLowerCase();
        return "period=" + name + "&year=" + year + "&" + name + "=" + number;
    }
}
