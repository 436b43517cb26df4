package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The office hours of a working day: a morning and an afternoon period. The province default is
 * 07:30–11:30 and 13:30–17:00 (8 hours), editable by an administrator; an agency may have its own.
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
        LocalTime afternoonEnd) {

    public static final OfficeHours PROVINCE_DEFAULT = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
            LocalTime.of(13, 30), LocalTime.of(17, 0));

    public OfficeHours {
        if (!isValid(morningStart, morningEnd, afternoonStart, afternoonEnd)) {
            throw new IllegalArgumentException("Office hours must be increasing: " + morningStart + "–" + morningEnd
                    + ", " + afternoonStart + "–" + afternoonEnd);
        }
    }

    /** Both periods non-empty and in order (the afternoon may start when the morning ends). */
    public static boolean isValid(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
            LocalTime afternoonEnd) {
        return morningStart != null && morningEnd != null && afternoonStart != null && afternoonEnd != null
                && morningStart.isBefore(morningEnd) && !morningEnd.isAfter(afternoonStart)
                && afternoonStart.isBefore(afternoonEnd);
    }

    public Duration daily() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }
}
