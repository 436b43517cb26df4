package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calculator on worked examples (times in UTC+7); conventions in docs/deadlines.md. */
class WorkingCalendarTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingCalendar CALENDAR = WorkingCalendar.of(ZONE, OfficeHours.PROVINCE_DEFAULT, List.of());

    @Test
    void daysStartTheWorkingDayAfterReceiptAndEndAtTheCloseOfTheLastOne() {
        // Monday 4/3/2024 09:00, 1 day → Tuesday 17:00; 3 days from Friday 16:00 → Wednesday 17:00.
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 1)).isEqualTo(at("2024-03-05T17:00"));
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-08T16:00"), 3)).isEqualTo(at("2024-03-13T17:00"));
        // Received at the very close still belongs to that day.
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T17:00"), 1)).isEqualTo(at("2024-03-05T17:00"));
    }

    @Test
    void aReceiptOutsideOfficeHoursStartsAtTheNextWorkingPeriod() {
        // Friday 18:00 and Saturday count as received Monday 07:30, so 1 day ends Tuesday 17:00.
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-08T18:00"), 1)).isEqualTo(at("2024-03-12T17:00"));
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-09T10:00"), 1)).isEqualTo(at("2024-03-12T17:00"));
        assertThat(CALENDAR.nextWorkingInstant(at("2024-03-09T10:00"))).isEqualTo(at("2024-03-11T07:30"));
        assertThat(CALENDAR.nextWorkingInstant(at("2024-03-11T12:00"))).isEqualTo(at("2024-03-11T13:30"));
        assertThat(CALENDAR.nextWorkingInstant(at("2024-03-11T17:00"))).isEqualTo(at("2024-03-12T07:30"));
        assertThat(CALENDAR.nextWorkingInstant(at("2024-03-11T09:15"))).isEqualTo(at("2024-03-11T09:15"));
    }

    @Test
    void hoursCountOnlyOfficeHoursFromTheReceiptInstant() {
        assertThat(CALENDAR.plusWorkingHours(at("2024-03-04T10:30"), 2)).isEqualTo(at("2024-03-04T14:30"));
        assertThat(CALENDAR.plusWorkingHours(at("2024-03-04T07:30"), 4)).isEqualTo(at("2024-03-04T11:30"));
        // The default office day is 7.5 hours: 1 hour on Friday, 4 on Monday morning, 3 in the afternoon.
        assertThat(CALENDAR.plusWorkingHours(at("2024-03-08T16:00"), 8)).isEqualTo(at("2024-03-11T16:30"));
        assertThat(CALENDAR.plusWorkingHours(at("2024-03-09T16:00"), 1)).isEqualTo(at("2024-03-11T08:30"));
    }

    @Test
    void fractionalDaysAreWorkingHoursAfterTheCloseOfTheReceiptDay() {
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 0.25)).isEqualTo(at("2024-03-05T09:30"));
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 0.5)).isEqualTo(at("2024-03-05T11:30"));
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 1.5)).isEqualTo(at("2024-03-06T11:30"));
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 0.75)).isEqualTo(at("2024-03-05T15:30"));
        // 0.95 day would be 7.6 hours, more than the 7.5-hour office day: it ends at the close, like 1 day.
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 0.95)).isEqualTo(at("2024-03-05T17:00"));
        assertThat(CALENDAR.plusWorkingDays(at("2024-03-04T09:00"), 0)).isEqualTo(at("2024-03-04T17:00"));
    }

    @Test
    void holidaysAreSkipped() {
        // Wednesday 7/2/2024 + 1 day: Tết from 8/2 to 14/2, so Thursday 15/2.
        assertThat(CALENDAR.plusWorkingDays(at("2024-02-07T10:00"), 1)).isEqualTo(at("2024-02-15T17:00"));
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2024, 2, 7), 1)).isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void workingTimeBetweenInstants() {
        assertThat(CALENDAR.workingTime(at("2024-03-04T07:30"), at("2024-03-05T07:30")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(CALENDAR.workingTime(at("2024-03-08T16:00"), at("2024-03-11T08:30"))).isEqualTo(Duration.ofHours(2));
        assertThat(CALENDAR.workingTime(at("2024-03-09T08:00"), at("2024-03-10T08:00"))).isZero();
    }

    @Test
    void pausesDoNotCount() {
        Instant start = at("2024-03-04T09:00");
        PauseWindow morning = new PauseWindow(at("2024-03-05T07:30"), at("2024-03-05T11:30"));
        assertThat(CALENDAR.due(start, WorkingDuration.days(1), List.of(morning))).isEqualTo(at("2024-03-06T11:30"));
        // A pause after the due date changes nothing; one before the start neither.
        PauseWindow later = new PauseWindow(at("2024-03-07T08:00"), at("2024-03-07T09:00"));
        PauseWindow before = new PauseWindow(at("2024-03-01T08:00"), at("2024-03-01T09:00"));
        assertThat(CALENDAR.due(start, WorkingDuration.days(1), List.of(later, before)))
                .isEqualTo(at("2024-03-05T17:00"));
        assertThat(CALENDAR.due(start, WorkingDuration.hours(2), List.of(
                new PauseWindow(at("2024-03-04T10:00"), at("2024-03-04T10:30")),
                new PauseWindow(at("2024-03-04T10:15"), at("2024-03-04T10:45")))))
                .as("overlapping pauses 10:00–10:45 count once").isEqualTo(at("2024-03-04T13:45"));
    }

    @Test
    void agencyOfficeHoursChangeTheDay() {
        WorkingCalendar agency = CALENDAR.withOfficeHours(new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0),
                LocalTime.of(13, 0), LocalTime.of(17, 30)));
        assertThat(agency.plusWorkingDays(at("2024-03-04T09:00"), 1)).isEqualTo(at("2024-03-05T17:30"));
        assertThat(agency.plusWorkingHours(at("2024-03-04T11:00"), 2)).isEqualTo(at("2024-03-04T14:00"));
    }

    @Test
    void refusesDatesOutsideTheCalendar() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2101, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDuration.days(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }
}
