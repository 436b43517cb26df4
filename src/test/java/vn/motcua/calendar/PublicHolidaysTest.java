package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holidays by rule and the day off in lieu (nghỉ bù), checked against the holidays the government
 * announced for those years (yearly notices of the Ministry of Labour, Invalids and Social Affairs
 * and the Ministry of Home Affairs).
 */
class PublicHolidaysTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.of(ZoneId.of("Asia/Ho_Chi_Minh"),
            OfficeHours.PROVINCE_DEFAULT, List.of());

    @Test
    void reunificationAndLabourDayOnAWeekendGiveMondayAndTuesday2022() {
        // 30/4/2022 Saturday, 1/5/2022 Sunday: off in lieu Monday 2/5 and Tuesday 3/5.
        assertKinds("2022-04-30", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        assertThat(CALENDAR.day(LocalDate.parse("2022-05-02")).inLieu()).isTrue();
    }

    @Test
    void labourDayOnSaturdayGivesMonday2021() {
        // 30/4/2021 Friday, 1/5/2021 Saturday: off in lieu Monday 3/5.
        assertKinds("2021-04-30", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WEEKEND, DayKind.HOLIDAY, DayKind.WORKING);
    }

    @Test
    void hungKingsAndReunificationDayOnTheWeekendGiveTuesdayAndWednesday2023() {
        // Hùng Kings 29/4/2023 Saturday, 30/4 Sunday, 1/5 Monday: in lieu Tuesday 2/5 and Wednesday 3/5
        // (each the next day that is not already a holiday) — off 29/4 to 3/5 as announced.
        assertKinds("2023-04-29", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY,
                DayKind.WORKING);
    }

    @Test
    void hungKingsDayOnSundayGivesMonday2022() {
        // 10/3 lunar = 10/4/2022 Sunday: in lieu Monday 11/4.
        assertKinds("2022-04-10", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        assertThat(CALENDAR.day(LocalDate.parse("2022-04-11")).holidayKey()).isEqualTo("calendar.holiday.hungKings");
    }

    @Test
    void threeHolidaysOnWeekends2016() {
        // 2016: Hùng Kings' day Saturday 16/4 → Monday 18/4; 30/4 Saturday and 1/5 Sunday → Monday 2/5 and
        // Tuesday 3/5 (as reported e.g. by meohaybotui.com, "Lịch nghỉ giỗ tổ Hùng Vương và 30/4, 1/5 năm 2016").
        assertKinds("2016-04-16", DayKind.HOLIDAY, DayKind.WEEKEND, DayKind.HOLIDAY, DayKind.WORKING);
        assertKinds("2016-04-30", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
    }

    @Test
    void newYearOnSundayGivesMonday2017And2023() {
        assertKinds("2017-01-01", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        assertKinds("2023-01-01", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
    }

    @Test
    void nationalDayOnSaturdayTakesFridayAndMonday2023() {
        // Labour Code 2019: 2/9 and an adjacent day; 2/9/2023 Saturday → 1/9 Friday, in lieu Monday 4/9.
        assertKinds("2023-08-31", DayKind.WORKING, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WEEKEND, DayKind.HOLIDAY,
                DayKind.WORKING);
    }

    @Test
    void nationalDayIsOneDayBefore2021AndTwoFrom2021() {
        assertKinds("2020-09-01", DayKind.WORKING, DayKind.HOLIDAY, DayKind.WORKING);
        assertKinds("2021-09-01", DayKind.WORKING, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WEEKEND);
        assertKinds("2024-09-02", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        assertKinds("2025-09-01", DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
    }

    @Test
    void tetWithItsWeekendGivesSevenDaysOff2024() {
        // Tết Giáp Thìn 10/02/2024 (Saturday): off Thursday 8/2 to Wednesday 14/2, back on Thursday 15/2.
        assertKinds("2024-02-07", DayKind.WORKING, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY,
                DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        // Tết Ất Tỵ 29/01/2025: off Saturday 25/1 to Sunday 2/2 (nine days).
        for (LocalDate d = LocalDate.of(2025, 1, 25); d.isBefore(LocalDate.of(2025, 2, 3)); d = d.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(d)).as("%s", d).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
    }

    @Test
    void tetWasFourDaysAndHungKingsNotAHolidayBeforeTheLawsChanged() {
        // 2006 (Labour Code 1994): Tết 4 days = the last day of the year + mùng 1–3; Tết 29/01/2006 (Sunday):
        // Saturday 28/1 to Tuesday 31/1, in lieu of Saturday and Sunday: Wednesday 1/2 and Thursday 2/2.
        assertKinds("2006-01-27", DayKind.WORKING, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY,
                DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        // Labour Code 2012 took effect on 1/5/2013: Tết 2013 still 4 days, Tết 2014 (31/01, Friday) 5 days:
        // 29/1–2/2 plus Monday 3/2 and Tuesday 4/2 in lieu of the weekend.
        assertKinds("2013-02-08", DayKind.WORKING, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY,
                DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        assertKinds("2014-01-28", DayKind.WORKING, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY,
                DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKING);
        // Hùng Kings' day 2006 (7/4/2006) was a working day; 2007 (26/4/2007) a holiday.
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2006, 4, 7))).isTrue();
        assertThat(CALENDAR.day(LocalDate.of(2007, 4, 26)).kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void saturdayWasAWorkingDayBeforeTheFiveDayWeek() {
        assertThat(CALENDAR.day(LocalDate.of(1999, 9, 25)).kind()).isEqualTo(DayKind.WORKING);
        assertThat(CALENDAR.day(LocalDate.of(1999, 10, 2)).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void decidedDaysOverrideTheRules() {
        WorkingCalendar decided = WorkingCalendar.of(ZoneId.of("Asia/Ho_Chi_Minh"), OfficeHours.PROVINCE_DEFAULT,
                List.of(new DecidedDay(null, LocalDate.of(2025, 5, 2), DayKind.DAY_OFF, "Hoán đổi", "TB"),
                        new DecidedDay(null, LocalDate.of(2025, 4, 26), DayKind.WORKING_DAY, "Làm bù", "TB")));
        assertThat(decided.day(LocalDate.of(2025, 5, 2)).kind()).isEqualTo(DayKind.DAY_OFF);
        assertThat(decided.day(LocalDate.of(2025, 5, 2)).decidedName()).isEqualTo("Hoán đổi");
        assertThat(decided.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 5, 2))).isTrue();
    }

    private static void assertKinds(String from, DayKind... kinds) {
        LocalDate date = LocalDate.parse(from);
        for (DayKind kind : kinds) {
            assertThat(CALENDAR.day(date).kind()).as("%s", date).isEqualTo(kind);
            date = date.plusDays(1);
        }
    }
}
