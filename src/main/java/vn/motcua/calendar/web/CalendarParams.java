package vn.motcua.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.platform.web.Validation;

/** Parsing of query parameters into field problems (so a bad value gets a message, not a stack trace). */
final class CalendarParams {

    private CalendarParams() {
    }

    /** A date yyyy-MM-dd within the calendar (1900–2100), or null with a problem recorded. */
    static LocalDate date(Validation validation, String field, String value) {
        if (value == null || value.isBlank()) {
            validation.add(field, "problem.field.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(WorkingCalendar.firstDate()) || date.isAfter(WorkingCalendar.lastDate())) {
                validation.add(field, "calendar.field.dateRange");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            validation.add(field, "calendar.field.date");
            return null;
        }
    }

    /** An ISO-8601 instant ({@code 2025-01-02T01:00:00Z} or with an offset), or null with a problem recorded. */
    static Instant instant(Validation validation, String field, String value) {
        if (value == null || value.isBlank()) {
            validation.add(field, "problem.field.required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            validation.add(field, "calendar.field.instant");
            return null;
        }
    }

    /** A number ≥ 0 and ≤ max, or null with a problem recorded. */
    static Double amount(Validation validation, String field, String value, double max) {
        try {
            double amount = Double.parseDouble(value.strip());
            if (Double.isNaN(amount) || amount < 0) {
                validation.add(field, "calendar.field.negative");
                return null;
            }
            if (amount > max) {
                validation.add(field, "problem.field.range", 0, (long) max);
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            validation.add(field, "calendar.field.number");
            return null;
        }
    }
}
