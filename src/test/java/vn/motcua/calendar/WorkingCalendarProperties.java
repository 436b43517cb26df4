package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the calculator over random instants of 2000–2090 and random limits. */
class WorkingCalendarProperties {

    static final WorkingCalendar CALENDAR = WorkingCalendarTest.CALENDAR;
    /** 2000-01-01T00:00:00Z and 2090-12-31T00:00:00Z (annotation values must be constants). */
    static final long FROM = 946_684_800L;
    static final long TO = 3_818_361_600L;

    @Property
    void addingAThenBWorkingDaysEqualsAddingTheSum(@ForAll @LongRange(min = FROM, max = TO) long second,
            @ForAll @IntRange(min = 0, max = 120) int a, @ForAll @IntRange(min = 0, max = 480) int quartersOfB) {
        Instant start = CALENDAR.nextWorkingInstant(Instant.ofEpochSecond(second));
        double b = quartersOfB / 4.0;
        assertThat(CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(start, a), b))
                .isEqualTo(CALENDAR.plusWorkingDays(start, a + b));
    }

    @Property
    void addingAThenBWorkingHoursEqualsAddingTheSum(@ForAll @LongRange(min = FROM, max = TO) long second,
            @ForAll @IntRange(min = 1, max = 2000) int a, @ForAll @IntRange(min = 1, max = 2000) int b) {
        Instant start = CALENDAR.nextWorkingInstant(Instant.ofEpochSecond(second));
        assertThat(CALENDAR.plusWorkingHours(CALENDAR.plusWorkingHours(start, a / 4.0), b / 4.0))
                .isEqualTo(CALENDAR.plusWorkingHours(start, (a + b) / 4.0));
    }

    @Property
    void everyDueInstantIsInsideOfficeHoursOfAWorkingDay(@ForAll @LongRange(min = FROM, max = TO) long second,
            @ForAll @IntRange(min = 0, max = 800) int quarters, @ForAll boolean days) {
        WorkingDuration limit = days ? WorkingDuration.days(quarters / 4.0) : WorkingDuration.hours(quarters / 4.0);
        Instant due = CALENDAR.due(Instant.ofEpochSecond(second), limit);
        ZonedDateTime local = due.atZone(CALENDAR.zone());
        assertThat(CALENDAR.isWorkingDay(local.toLocalDate())).as("%s", local).isTrue();
        LocalTime time = local.toLocalTime();
        OfficeHours hours = CALENDAR.officeHours();
        boolean morning = !time.isBefore(hours.morningStart()) && !time.isAfter(hours.morningEnd());
        boolean afternoon = !time.isBefore(hours.afternoonStart()) && !time.isAfter(hours.afternoonEnd());
        assertThat(morning || afternoon).as("%s", local).isTrue();
    }

    @Property
    void workingTimeBetweenStartAndDueIsWhatWasAdded(@ForAll @LongRange(min = FROM, max = TO) long second,
            @ForAll @IntRange(min = 1, max = 4000) int minutes, @ForAll @IntRange(min = 0, max = 200) int days) {
        Instant start = Instant.ofEpochSecond(second);
        Instant due = CALENDAR.plusWorkingHours(start, minutes / 60.0);
        assertThat(CALENDAR.workingTime(start, due)).isEqualTo(Duration.ofMinutes(minutes));
        // Days count from the close of the receipt day: from there, N days are N office days.
        Instant close = CALENDAR.plusWorkingDays(start, 0);
        assertThat(CALENDAR.workingTime(close, CALENDAR.plusWorkingDays(start, days)))
                .isEqualTo(CALENDAR.officeHours().daily().multipliedBy(days));
    }

    @Property
    void pausesShiftTheDueInstantByExactlyThePausedWorkingTime(@ForAll @LongRange(min = FROM, max = TO) long second,
            @ForAll @IntRange(min = 1, max = 400) int quarters, @ForAll boolean days,
            @ForAll @IntRange(min = 0, max = 10_000) int permille, @ForAll @IntRange(min = 0, max = 20_000) int pauseMinutes) {
        Instant start = Instant.ofEpochSecond(second);
        WorkingDuration limit = days ? WorkingDuration.days(quarters / 4.0) : WorkingDuration.hours(quarters / 4.0);
        Instant due = CALENDAR.due(start, limit);
        // A pause starting somewhere between the start and the due instant.
        long span = due.getEpochSecond() - start.getEpochSecond();
        Instant pauseFrom = start.plusSeconds(span * permille / 10_000);
        if (!pauseFrom.isBefore(due)) {
            pauseFrom = due.minusSeconds(1);
        }
        PauseWindow pause = new PauseWindow(pauseFrom, pauseFrom.plusSeconds(pauseMinutes * 60L));
        Instant counted = days ? CALENDAR.plusWorkingDays(start, 0) : start;
        Instant pausedFrom = pause.from().isBefore(counted) ? counted : pause.from();
        Duration paused = pause.to().isAfter(pausedFrom) ? CALENDAR.workingTime(pausedFrom, pause.to()) : Duration.ZERO;
        Instant shifted = CALENDAR.due(start, limit, List.of(pause));
        assertThat(CALENDAR.workingTime(due, shifted)).isEqualTo(paused);
    }

    /** An independent, naive oracle: walk the dates one by one. */
    @Property
    void wholeDaysAgreeWithANaiveDayByDayCount(@ForAll @LongRange(min = FROM, max = TO) long second,
            @ForAll @IntRange(min = 0, max = 60) int days) {
        Instant start = Instant.ofEpochSecond(second);
        ZonedDateTime local = start.atZone(CALENDAR.zone());
        java.time.LocalDate date = local.toLocalDate();
        LocalTime close = CALENDAR.officeHours().afternoonEnd();
        if (!CALENDAR.isWorkingDay(date) || local.toLocalTime().isAfter(close)) {
            do {
                date = date.plusDays(1);
            } while (!CALENDAR.isWorkingDay(date));
        }
        for (int n = 0; n < days; n++) {
            do {
                date = date.plusDays(1);
            } while (!CALENDAR.isWorkingDay(date));
        }
        assertThat(CALENDAR.plusWorkingDays(start, days)).isEqualTo(date.atTime(close).atZone(CALENDAR.zone()).toInstant());
    }
}
