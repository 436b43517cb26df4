package vn.motcua.calendar.config;

import java.time.LocalTime;

/** Office hours as an administrator enters them (any field may be missing until validated). */
public record OfficeHoursData(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
        LocalTime afternoonEnd) {
}
