package vn.motcua.calendar.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;

/**
 * Public holidays by rule, as the law stood in each year (sources in docs/deadlines.md):
 * <ul>
 * <li>until 2012 — Labour Code 1994 Art. 73 (amended 2007): 1/1, Tết 4 days (the last day of the
 * lunar year and the first three of the new one), 30/4, 1/5, 2/9; Hùng Kings' day (10/3 lunar)
 * from 2007;</li>
 * <li>from 1/5/2013 (so from Tết 2014) to 2020 — Labour Code 2012 Art. 115: Tết 5 days;</li>
 * <li>from 2021 — Labour Code 2019 Art. 112: Tết 5 days, 2/9 and one adjacent day.</li>
 * </ul>
 * The law leaves the exact Tết days and the day next to 2/9 to a yearly decision; the defaults here
 * (Tết: two days before and three after lunar new year, as decided every year since 2014) are what a
 * year without a decision gets, and decided days override them. A holiday on a weekly rest day
 * gives the next working day off (nghỉ bù, same articles). Years before 1995 follow the 1994 rules.
 */
public final class HolidayRules {

    /** Decision 188/1999/QĐ-TTg: civil servants rest on Saturday and Sunday from 2/10/1999. */
    static final LocalDate FIVE_DAY_WEEK = LocalDate.of(1999, 10, 2);

    private HolidayRules() {
    }

    /** Whether the date is a weekly rest day for civil servants (Sunday; Saturday too from 2/10/1999). */
    public static boolean isWeeklyRest(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SUNDAY || day == DayOfWeek.SATURDAY && !date.isBefore(FIVE_DAY_WEEK);
    }

    /** The holidays of a solar year, with the days off in lieu, sorted by date. */
    public static List<Holiday> forYear(int year) {
        List<Holiday> days = new ArrayList<>();
        add(days, LocalDate.of(year, 1, 1), "newYear");
        LocalDate tet = LunarCalendar.newYear(year);
        // Labour Code 2012 took effect on 1/5/2013, so Tết 2013 (10/2/2013) still had the four days of 1994.
        int before = year >= 2014 ? 2 : 1;
        for (int i = -before; i <= 2; i++) {
            add(days, tet.plusDays(i), "tet");
        }
        if (year >= 2007) {
            add(days, LunarCalendar.toSolar(new LunarDate(year, 3, 10, false)), "hungKings");
        }
        add(days, LocalDate.of(year, 4, 30), "reunification");
        add(days, LocalDate.of(year, 5, 1), "labour");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(days, nationalDay, "nationalDay");
        if (year >= 2021) {
            add(days, adjacentToNationalDay(nationalDay), "nationalDay");
        }
        days.sort(Comparator.comparing(Holiday::date));
        return withDaysInLieu(days);
    }

    /**
     * The day next to 2/9 when no decision says which: the one that joins the holiday to a weekend
     * (3/9 when 2/9 is a Monday or Thursday, otherwise 1/9), as the decisions of 2021–2025 chose.
     */
    static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
        DayOfWeek day = nationalDay.getDayOfWeek();
        return day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY ? nationalDay.plusDays(1)
                : nationalDay.minusDays(1);
    }

    private static void add(List<Holiday> days, LocalDate date, String holiday) {
        // Two holidays on one date (Hùng Kings' day can fall on 30/4) give one day off, not two.
        if (days.stream().noneMatch(h -> h.date().equals(date))) {
            days.add(new Holiday(date, "calendar.holiday." + holiday, false));
        }
    }

    /** Each holiday on a weekly rest day gives the next day that is neither rest nor holiday nor already in lieu. */
    private static List<Holiday> withDaysInLieu(List<Holiday> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<Holiday> result = new ArrayList<>(holidays);
        for (Holiday holiday : holidays) {
            if (!isWeeklyRest(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeeklyRest(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            result.add(new Holiday(day, holiday.nameKey(), true));
        }
        result.sort(Comparator.comparing(Holiday::date));
        return result;
    }
}
