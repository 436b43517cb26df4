package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

import vn.motcua.platform.web.Validation;

/**
 * A report period of local dates {@code [from, to]}, inclusive, and its instants: {@code start} =
 * 00:00 of {@code from}, {@code end} = 00:00 of the day after {@code to}, in the business zone.
 * <p>
 * {@code offsetSeconds} is the zone's offset, which the SQL uses to turn instants into local dates
 * portably (H2 and PostgreSQL differ in time-zone functions). That is exact only for a zone whose
 * offset does not change; Asia/Ho_Chi_Minh has been +07:00 since 1975. {@link #of} refuses a period
 * in a zone with an offset change after 1976 rather than miscount.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Instant start, Instant end, int offsetSeconds) {

    /** The longest period a report covers. */
    public static final int MAX_YEARS = 10;
    private static final Instant FIXED_SINCE = Instant.parse("1976-01-01T00:00:00Z");

    public static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        new Validation()
                .check(from == null || to == null || !from.isAfter(to), "to", "report.period.order")
                .check(from == null || to == null || from.isAfter(to) || !to.isAfter(from.plusYears(MAX_YEARS)),
                        "to", "report.period.tooLong", MAX_YEARS)
                .check(from != null, "from", "problem.field.required")
                .check(to != null, "to", "problem.field.required")
                .throwIfInvalid();
        ZoneRules rules = zone.getRules();
        if (rules.nextTransition(FIXED_SINCE) != null) {
            throw new IllegalStateException("Reports assume a business zone with a fixed offset, not " + zone);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        return new ReportPeriod(from, to, start, to.plusDays(1).atStartOfDay(zone).toInstant(),
                rules.getOffset(start).getTotalSeconds());
    }
}
