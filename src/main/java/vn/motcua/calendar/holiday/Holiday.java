package vn.motcua.calendar.holiday;

import java.time.LocalDate;

/**
 * A public holiday on a date, named by a message key of {@code i18n/calendar}; {@code inLieu} marks
 * the working day taken off because the holiday fell on a weekly rest day (nghỉ bù).
 */
public record Holiday(LocalDate date, String nameKey, boolean inLieu) {
}
