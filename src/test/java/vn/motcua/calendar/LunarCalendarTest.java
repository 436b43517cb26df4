package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lunar calendar against published dates. Sources:
 * <ul>
 * <li>Lunar new year 1968–2030: Hồ Ngọc Đức, "Lịch Việt Nam" tables (informatik.uni-leipzig.de/~duc/amlich/),
 * an independent computation, matching the Tết holidays announced each year by the Ministry of
 * Labour, Invalids and Social Affairs / Ministry of Home Affairs for 2013–2026 and the Vietnamese
 * calendars printed by the Nhà xuất bản Văn hóa – Thông tin;</li>
 * <li>1968 and 1985, where Vietnam (UTC+7) and China (UTC+8) differ: the same source's note
 * "Sự khác nhau giữa lịch Việt Nam và lịch Trung Quốc" (Tết Mậu Thân 29/01/1968 in the North vs
 * 30/01 in China and the South; Tết Ất Sửu 21/01/1985 in Vietnam vs 20/02 in China);
 * 2007: Tết Đinh Hợi 17/02/2007 in Vietnam vs 18/02 in China; 2030: 02/02/2030 vs 03/02; 2053:
 * 18/02/2053 vs 19/02 (same source, quoted by kientruc2014.com "What year is it in Vietnam"; and
 * scienceinfo.net "Why is the Vietnamese and Chinese New Year a day different?": "in 2030 and 2053,
 * Vietnam will eat Tet sooner than China");</li>
 * <li>Hùng Kings' day: the dates announced in the government's yearly holiday notices.</li>
 * </ul>
 */
class LunarCalendarTest {

    /** Published Vietnamese lunar new year (mùng 1 Tết) dates, dd/MM. */
    static final Map<Integer, String> TET = new TreeMap<>(Map.ofEntries(
            Map.entry(1968, "29/01"), Map.entry(1985, "21/01"), Map.entry(1986, "09/02"), Map.entry(1987, "29/01"),
            Map.entry(1988, "17/02"), Map.entry(1989, "06/02"), Map.entry(1990, "27/01"), Map.entry(1991, "15/02"),
            Map.entry(1992, "04/02"), Map.entry(1993, "23/01"), Map.entry(1994, "10/02"), Map.entry(1995, "31/01"),
            Map.entry(1996, "19/02"), Map.entry(1997, "07/02"), Map.entry(1998, "28/01"), Map.entry(1999, "16/02"),
            Map.entry(2000, "05/02"), Map.entry(2001, "24/01"), Map.entry(2002, "12/02"), Map.entry(2003, "01/02"),
            Map.entry(2004, "22/01"), Map.entry(2005, "09/02"), Map.entry(2006, "29/01"), Map.entry(2007, "17/02"),
            Map.entry(2008, "07/02"), Map.entry(2009, "26/01"), Map.entry(2010, "14/02"), Map.entry(2011, "03/02"),
            Map.entry(2012, "23/01"), Map.entry(2013, "10/02"), Map.entry(2014, "31/01"), Map.entry(2015, "19/02"),
            Map.entry(2016, "08/02"), Map.entry(2017, "28/01"), Map.entry(2018, "16/02"), Map.entry(2019, "05/02"),
            Map.entry(2020, "25/01"), Map.entry(2021, "12/02"), Map.entry(2022, "01/02"), Map.entry(2023, "22/01"),
            Map.entry(2024, "10/02"), Map.entry(2025, "29/01"), Map.entry(2026, "17/02"), Map.entry(2027, "06/02"),
            Map.entry(2028, "26/01"), Map.entry(2029, "13/02"), Map.entry(2030, "02/02")));

    /** Hùng Kings' day (10/3 lunar) as announced in the yearly holiday notices, dd/MM. */
    static final Map<Integer, String> HUNG_KINGS = new TreeMap<>(Map.ofEntries(
            Map.entry(2007, "26/04"), Map.entry(2008, "15/04"), Map.entry(2010, "23/04"),
            Map.entry(2011, "12/04"), Map.entry(2012, "31/03"), Map.entry(2013, "19/04"), Map.entry(2014, "09/04"),
            Map.entry(2015, "28/04"), Map.entry(2016, "16/04"), Map.entry(2017, "06/04"), Map.entry(2018, "25/04"),
            Map.entry(2019, "14/04"), Map.entry(2020, "02/04"), Map.entry(2021, "21/04"), Map.entry(2022, "10/04"),
            Map.entry(2023, "29/04"), Map.entry(2024, "18/04"), Map.entry(2025, "07/04"), Map.entry(2026, "26/04")));

    /** Leap months (tháng nhuận) of the Vietnamese calendar, same source. */
    static final Map<Integer, Integer> LEAP = Map.of(2001, 4, 2004, 2, 2006, 7, 2009, 5, 2012, 4, 2014, 9, 2017, 6,
            2020, 4, 2023, 2, 2025, 6);

    @Test
    void lunarNewYearMatchesPublishedDatesForFortySixYears() {
        assertThat(TET).hasSizeGreaterThanOrEqualTo(40);
        TET.forEach((year, date) -> {
            LocalDate expected = date(year, date);
            assertThat(LunarCalendar.newYear(year)).as("Tết %d", year).isEqualTo(expected);
            assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
        });
    }

    @Test
    void hungKingsDayMatchesPublishedDatesForNineteenYears() {
        assertThat(HUNG_KINGS).hasSizeGreaterThanOrEqualTo(15);
        HUNG_KINGS.forEach((year, date) -> assertThat(LunarCalendar.toSolar(new LunarDate(year, 3, 10, false)))
                .as("Giỗ Tổ %d", year).isEqualTo(date(year, date)));
    }

    @Test
    void leapMonthsMatchPublishedCalendars() {
        LEAP.forEach((year, month) -> assertThat(LunarCalendar.leapMonth(year)).as("leap %d", year).isEqualTo(month));
        assertThat(LunarCalendar.leapMonth(2024)).isZero();
        assertThat(LunarCalendar.leapMonth(2026)).isZero();
        // 2020: the leap 4th month began on 23/05/2020.
        assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(2020, 4, 1, true));
        assertThat(LunarCalendar.toSolar(new LunarDate(2020, 4, 1, true))).isEqualTo(LocalDate.of(2020, 5, 23));
    }

    @Test
    void vietnameseCalendarDiffersFromTheChineseWhereItShould() {
        assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(LunarCalendar.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
        assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(LunarCalendar.newYear(2053)).isEqualTo(LocalDate.of(2053, 2, 18));
    }

    @Test
    void conversionRoundTripsEveryDayFrom1900To2100() {
        LocalDate end = LocalDate.of(2100, 12, 31);
        LunarDate previous = null;
        for (LocalDate d = LocalDate.of(1900, 2, 1); !d.isAfter(end); d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            if (lunar.day() == 1 || previous == null) {
                assertThat(LunarCalendar.toSolar(lunar)).as("%s", lunar).isEqualTo(d);
            } else {
                assertThat(lunar.day()).as("%s", d).isEqualTo(previous.day() + 1);
            }
            assertThat(lunar.day()).isBetween(1, 30);
            previous = lunar;
        }
    }

    @Test
    void refusesLeapFlagOnAMonthThatIsNotLeap() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 3, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2020, 5, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate date(int year, String dayMonth) {
        return LocalDate.of(year, Integer.parseInt(dayMonth.substring(3)), Integer.parseInt(dayMonth.substring(0, 2)));
    }
}
