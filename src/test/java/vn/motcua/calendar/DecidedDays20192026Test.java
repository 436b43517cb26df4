package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working calendar of 2019–2026 as officially announced for civil servants: for each year, every
 * weekday that was not worked and every weekend day that was (holidays by rule, days in lieu and the
 * shipped decided days together, calendar/decided-days.json), and a due date across the holidays — across
 * the decided swap where there was one. Each "year" runs from 29/12 of the year before to 28/12, so the
 * New Year swap of 2019 (Monday 31/12/2018 off) belongs to 2019. Sources: docs/deadlines.md §3.
 * Checked on the province's calendar as the application serves it (seeded database) and through the
 * public due-date API.
 */
@IntegrationTest
class DecidedDays20192026Test {

    @Autowired
    WorkingCalendars calendars;
    @Autowired
    MockMvc mvc;

    /** A due date: received at {@code start} (Hà Nội time), {@code days} working days, due at {@code due} (UTC). */
    record Due(String start, int days, String due) {
    }

    /**
     * One year: the weekdays off and the weekend days worked, the decided days among them (date → kind),
     * and due dates.
     */
    record Year(int year, List<String> weekdaysOff, List<String> weekendsWorked, Map<String, DayKind> decided,
            List<Due> dues) {

        @Override
        public String toString() {
            return String.valueOf(year);
        }
    }

    static Stream<Year> years() {
        return Stream.of(
                // Công văn 6519/VPCP-KGVX of 11/7/2018: New Year 29/12/2018–1/1/2019 (Monday 31/12 off, Saturday
                // 5/1 worked); Tết 2/2–10/2; 30/4–1/5: 27/4–1/5 (Monday 29/4 off, Saturday 4/5 worked).
                // Hùng Kings 14/4 (Sunday) → Monday 15/4; 2/9 Monday.
                new Year(2019,
                        List.of("2018-12-31", "2019-01-01", "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07",
                                "2019-02-08", "2019-04-15", "2019-04-29", "2019-04-30", "2019-05-01", "2019-09-02"),
                        List.of("2019-01-05", "2019-05-04"),
                        Map.of("2018-12-31", DayKind.DAY_OFF, "2019-01-05", DayKind.WORKING_DAY,
                                "2019-04-29", DayKind.DAY_OFF, "2019-05-04", DayKind.WORKING_DAY),
                        List.of(new Due("2018-12-28T10:00:00+07:00", 1, "2019-01-02T10:00:00Z"),
                                // Friday 26/4 + 3 days: Thursday 2/5, Friday 3/5, the worked Saturday 4/5.
                                new Due("2019-04-26T10:00:00+07:00", 3, "2019-05-04T10:00:00Z"))),
                // No swap: 1/1 Wednesday; Tết 23/1–29/1; Hùng Kings 2/4; 30/4–3/5; 2/9 Wednesday.
                new Year(2020,
                        List.of("2020-01-01", "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29",
                                "2020-04-02", "2020-04-30", "2020-05-01", "2020-09-02"),
                        List.of(), Map.of(),
                        List.of(new Due("2020-01-22T10:00:00+07:00", 1, "2020-01-30T10:00:00Z"))),
                // No swap: 1/1 Friday; Tết 10/2–16/2; Hùng Kings 21/4; 30/4–3/5 (1/5 Saturday → Monday 3/5);
                // 2/9–5/9.
                new Year(2021,
                        List.of("2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16",
                                "2021-04-21", "2021-04-30", "2021-05-03", "2021-09-02", "2021-09-03"),
                        List.of(), Map.of(),
                        List.of(new Due("2021-02-09T10:00:00+07:00", 1, "2021-02-17T10:00:00Z"))),
                // No swap: 1/1–3/1; Tết 29/1–6/2 (Công văn 245/VPCP-KGVX: 31/1–4/2); Hùng Kings 10/4 → 11/4;
                // 30/4–3/5; 2/9: 1/9–4/9.
                new Year(2022,
                        List.of("2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04",
                                "2022-04-11", "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"),
                        List.of(), Map.of(),
                        List.of(new Due("2022-01-28T10:00:00+07:00", 1, "2022-02-07T10:00:00Z"))),
                // No swap: 31/12/2022–2/1/2023; Tết 20/1–26/1; Hùng Kings, 30/4, 1/5: 29/4–3/5; 2/9: 1/9–4/9.
                new Year(2023,
                        List.of("2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26",
                                "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"),
                        List.of(), Map.of(),
                        List.of(new Due("2023-01-19T10:00:00+07:00", 1, "2023-01-27T10:00:00Z"))),
                // Công văn 2450/VPCP-KGVX of 12/4/2024: 27/4–1/5 (Monday 29/4 off, Saturday 4/5 worked).
                // 1/1 Monday; Tết 8/2–14/2; Hùng Kings 18/4; 2/9: 31/8–3/9.
                new Year(2024,
                        List.of("2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
                                "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"),
                        List.of("2024-05-04"),
                        Map.of("2024-04-29", DayKind.DAY_OFF, "2024-05-04", DayKind.WORKING_DAY),
                        List.of(new Due("2024-04-26T10:00:00+07:00", 3, "2024-05-04T10:00:00Z"))),
                // Thông báo 6150/TB-LĐTBXH of 03/12/2024: Tết 25/1–2/2; 30/4–4/5 (Friday 2/5 off, Saturday 26/4
                // worked); 2/9: 30/8–2/9. 1/1 Wednesday; Hùng Kings 7/4.
                new Year(2025,
                        List.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                                "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
                        List.of("2025-04-26"),
                        Map.of("2025-05-02", DayKind.DAY_OFF, "2025-04-26", DayKind.WORKING_DAY),
                        // Thursday 24/4 + 3 days: Friday 25/4, the worked Saturday 26/4, Monday 28/4 (not Tuesday 29/4).
                        List.of(new Due("2025-04-24T10:00:00+07:00", 3, "2025-04-28T10:00:00Z"),
                                new Due("2025-04-29T10:00:00+07:00", 1, "2025-05-05T10:00:00Z"))),
                // Công văn 12729/VPCP-KGVX of 25/12/2025: 1/1–4/1 (Friday 2/1 off, Saturday 10/1 worked).
                // Thông báo 9441/TB-BNV of 16/10/2025: Tết 14/2–22/2; 2/9: 29/8–2/9 (Monday 31/8 off, Saturday 22/8
                // worked). Hùng Kings 26/4 (Sunday) → Monday 27/4; 30/4–3/5. 24/11 (Ngày Văn hóa Việt Nam) is not
                // a holiday by law yet (docs/deadlines.md) and is a working day here.
                new Year(2026,
                        List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                                "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
                                "2026-09-02"),
                        List.of("2026-01-10", "2026-08-22"),
                        Map.of("2026-01-02", DayKind.DAY_OFF, "2026-01-10", DayKind.WORKING_DAY,
                                "2026-08-31", DayKind.DAY_OFF, "2026-08-22", DayKind.WORKING_DAY),
                        List.of(new Due("2025-12-31T10:00:00+07:00", 1, "2026-01-05T10:00:00Z"),
                                new Due("2026-01-09T10:00:00+07:00", 1, "2026-01-10T10:00:00Z"),
                                new Due("2026-08-21T10:00:00+07:00", 1, "2026-08-22T10:00:00Z"),
                                new Due("2026-08-28T10:00:00+07:00", 1, "2026-09-03T10:00:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void everyWeekdayOffAndWeekendWorkedOfTheYear(Year year) {
        WorkingCalendar calendar = calendars.provinceDefault();
        Set<LocalDate> weekdaysOff = new TreeSet<>();
        Set<LocalDate> weekendsWorked = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year.year() - 1, 12, 29); !d.isAfter(LocalDate.of(year.year(), 12, 28));
                d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !calendar.isWorkingDay(d)) {
                weekdaysOff.add(d);
            } else if (weekend && calendar.isWorkingDay(d)) {
                weekendsWorked.add(d);
            }
        }
        assertThat(weekdaysOff).as("weekdays off").containsExactlyElementsOf(dates(year.weekdaysOff()));
        assertThat(weekendsWorked).as("weekend days worked").containsExactlyElementsOf(dates(year.weekendsWorked()));
        year.decided().forEach((date, kind) ->
                assertThat(calendar.day(LocalDate.parse(date)).kind()).as("%s", date).isEqualTo(kind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void dueDatesAcrossTheHolidays(Year year) throws Exception {
        for (Due due : year.dues()) {
            mvc.perform(get("/api/v1/calendar/due").param("start", due.start())
                    .param("workingDays", String.valueOf(due.days())))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.due").value(due.due()));
        }
    }

    private static List<LocalDate> dates(List<String> dates) {
        return dates.stream().map(LocalDate::parse).sorted().collect(Collectors.toList());
    }
}
