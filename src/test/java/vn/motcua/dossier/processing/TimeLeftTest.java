package vn.motcua.dossier.processing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.processing.TimeLeft.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of {@link TimeLeft}, the one rule behind the dossier page's badge
 * ({@code DossierPageSupport.timeLeft}) and the deadline watch's notices ({@code DeadlineWatch.kind}, private:
 * both map {@link TimeLeft#of} one to one, so they are held here through {@code TimeLeft} itself). One working
 * day or less left is SOON, more is OK, strictly after the due instant is OVERDUE; on the province's default
 * office hours (07:30–11:30, 13:30–17:00: a 7.5-hour working day) in Hà Nội, over a weekend and Tết.
 */
class TimeLeftTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingCalendar CALENDAR = WorkingCalendar.of(HANOI, OfficeHours.PROVINCE_DEFAULT, List.of());
    static final Duration DAY = Duration.ofMinutes(450);
    static final long SEED = Long.getLong("motcua.rules.seed", 20_260_309L);

    @Test
    void exactlyOneWorkingDayLeftIsSoonAndOneSecondMoreIsOk() {
        Instant now = at("2024-03-05T09:00"); // Tuesday
        Instant due = at("2024-03-06T09:00"); // Wednesday, 7.5 working hours later
        assertThat(CALENDAR.officeHours().daily()).isEqualTo(DAY);
        assertThat(TimeLeft.of(CALENDAR, now, due)).isEqualTo(new TimeLeft(Level.SOON, DAY, Duration.ZERO, DAY));
        assertThat(level(now, due.plusSeconds(1))).isEqualTo(Level.OK);
        assertThat(level(now.minusSeconds(1), due)).isEqualTo(Level.OK);
        assertThat(level(now.plusSeconds(1), due)).isEqualTo(Level.SOON);
    }

    @Test
    void atTheDueInstantNothingIsLeftButItIsNotOverdueAndOneSecondAfterItIs() {
        Instant due = at("2024-03-06T10:00");
        assertThat(TimeLeft.of(CALENDAR, due, due)).isEqualTo(new TimeLeft(Level.SOON, Duration.ZERO, Duration.ZERO, DAY));
        assertThat(TimeLeft.of(CALENDAR, due.plusSeconds(1), due))
                .isEqualTo(new TimeLeft(Level.OVERDUE, Duration.ZERO, Duration.ofSeconds(1), DAY));
        // Strictly after, as Timeliness.overdue: a millisecond after is overdue, by no whole working second yet.
        assertThat(TimeLeft.of(CALENDAR, due.plusMillis(1), due))
                .isEqualTo(new TimeLeft(Level.OVERDUE, Duration.ZERO, Duration.ZERO, DAY));
        assertThat(level(due.minusMillis(1), due)).isEqualTo(Level.SOON);
    }

    @Test
    void overAWeekendOnlyWorkingTimeCounts() {
        Instant friday = at("2024-03-08T09:00");
        Instant monday = at("2024-03-11T09:00"); // 6 h on Friday + 1.5 h on Monday morning = one working day
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 3, 9))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 3, 10))).isFalse();
        assertThat(TimeLeft.of(CALENDAR, friday, monday).left()).isEqualTo(DAY);
        assertThat(level(friday, monday)).isEqualTo(Level.SOON);
        assertThat(level(friday, monday.plusSeconds(1))).isEqualTo(Level.OK);
        // After Friday's close, with Monday's opening due: no working time left, still not overdue.
        assertThat(TimeLeft.of(CALENDAR, at("2024-03-08T17:00"), at("2024-03-11T07:30")))
                .isEqualTo(new TimeLeft(Level.SOON, Duration.ZERO, Duration.ZERO, DAY));
        // Due at Friday's close, now on Saturday: overdue by no working time.
        assertThat(TimeLeft.of(CALENDAR, at("2024-03-09T10:00"), at("2024-03-08T17:00")))
                .isEqualTo(new TimeLeft(Level.OVERDUE, Duration.ZERO, Duration.ZERO, DAY));
        // A second after Monday's close is outside office hours: from Friday's close still one working day.
        assertThat(level(at("2024-03-08T17:00"), at("2024-03-11T17:00").plusSeconds(1))).isEqualTo(Level.SOON);
        assertThat(level(at("2024-03-08T17:00"), at("2024-03-12T07:30").plusSeconds(1))).isEqualTo(Level.OK);
    }

    @Test
    void overTetTheHolidaysDoNotCount() {
        // Tết 2024: Thursday 8/2 to Wednesday 14/2 off.
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        Instant before = at("2024-02-07T09:00"); // Wednesday before Tết
        Instant after = at("2024-02-15T09:00"); // Thursday after
        assertThat(TimeLeft.of(CALENDAR, before, after).left()).isEqualTo(DAY);
        assertThat(level(before, after)).isEqualTo(Level.SOON);
        assertThat(level(before, after.plusSeconds(1))).isEqualTo(Level.OK);
        // Due on the last working day before Tết, now during Tết: overdue by no working time.
        TimeLeft during = TimeLeft.of(CALENDAR, at("2024-02-10T10:00"), at("2024-02-07T17:00"));
        assertThat(during.level()).isEqualTo(Level.OVERDUE);
        assertThat(during.over()).isZero();
    }

    @Test
    void asTimePassesTheLevelOnlyWorsensAndFollowsItsDefinition() {
        Random r = new Random(SEED);
        long from = at("2024-01-01T00:00").getEpochSecond();
        for (int n = 0; n < 300; n++) {
            Instant due = Instant.ofEpochSecond(from + (long) (r.nextDouble() * 3 * 365 * 86_400L));
            Instant now = due.minus(Duration.ofDays(6));
            Level previous = Level.OK;
            while (now.isBefore(due.plus(Duration.ofDays(2)))) {
                TimeLeft left = TimeLeft.of(CALENDAR, now, due);
                String context = "seed " + SEED + ": now " + now + ", due " + due + ": " + left;
                assertThat(left.level().compareTo(previous)).as(context).isGreaterThanOrEqualTo(0);
                assertThat(left.level() == Level.OVERDUE).as(context).isEqualTo(Timeliness.overdue(due, now));
                if (left.level() != Level.OVERDUE) {
                    assertThat(left.level() == Level.SOON).as(context)
                            .isEqualTo(CALENDAR.workingTime(now, due).compareTo(DAY) <= 0);
                }
                previous = left.level();
                now = now.plusSeconds(r.nextInt(3) == 0 ? r.nextInt(3) : r.nextInt(6 * 3600));
            }
        }
    }

    private static Level level(Instant now, Instant due) {
        return TimeLeft.of(CALENDAR, now, due).level();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }
}
