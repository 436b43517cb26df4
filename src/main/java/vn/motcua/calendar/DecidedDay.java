package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * A day the government decided for civil servants: an extra day off ({@link DayKind#DAY_OFF}) or a
 * rest day worked to make one up ({@link DayKind#WORKING_DAY}), with the legal reference of the
 * decision. It overrides the rules for that date. {@code id} is null before it is stored.
 */
public record DecidedDay(Long id, LocalDate date, DayKind kind, String name, String legalReference) {

    public DecidedDay {
        if (kind != null && kind != DayKind.DAY_OFF && kind != DayKind.WORKING_DAY) {
            throw new IllegalArgumentException("A decided day is DAY_OFF or WORKING_DAY: " + kind);
        }
    }
}
