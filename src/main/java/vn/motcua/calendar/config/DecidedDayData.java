package vn.motcua.calendar.config;

import java.time.LocalDate;

import vn.motcua.calendar.DayKind;

/** A decided day as an administrator enters it, and as it is imported and exported in JSON. */
public record DecidedDayData(LocalDate date, DayKind kind, String name, String legalReference) {
}
