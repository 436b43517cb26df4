package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * One date of the working calendar. A holiday is named by a message key of {@code i18n/calendar}
 * ({@code holidayKey}, with {@code inLieu} for the day taken off in lieu); a decided day by the name
 * the administrator entered ({@code decidedName}).
 */
public record CalendarDay(LocalDate date, DayKind kind, String holidayKey, boolean inLieu, String decidedName) {

    public boolean working() {
        return kind.working();
    }
}
