package vn.motcua.calendar.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DecidedDay;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped decided days reach every database once: at the first start, and a day added to the file
 * later at the next start of an existing database, without bringing back a day an administrator deleted.
 * Offers made-up shipped days in 2095, a year no other test uses, and removes what it made.
 */
@IntegrationTest
class DecidedDaySeederTest {

    static final DecidedDayData A = new DecidedDayData(LocalDate.of(2095, 3, 7), DayKind.DAY_OFF, "Nghỉ hoán đổi A", "TB 1/2095");
    static final DecidedDayData B = new DecidedDayData(LocalDate.of(2095, 3, 12), DayKind.WORKING_DAY, "Làm bù B", "TB 1/2095");
    static final DecidedDayData C = new DecidedDayData(LocalDate.of(2095, 5, 2), DayKind.DAY_OFF, "Nghỉ hoán đổi C", "TB 2/2095");

    @Autowired
    DecidedDaySeeder seeder;
    @Autowired
    DecidedDayStore days;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    WorkingCalendars calendars;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.sql("delete from calendar_decided_day where decided_on between date '2095-01-01' and date '2095-12-31'")
                .update();
        jdbc.sql("delete from calendar_shipped_day where shipped_key like '2095-%'").update();
        calendars.invalidate();
    }

    @Test
    void everyShippedDayWasOfferedAtStartAndIsInTheCalendar() {
        List<DecidedDayData> shipped = DecidedDaySeeder.shipped(json);
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(12);
        List<String> offered = jdbc.sql("select shipped_key from calendar_shipped_day").query(String.class).list();
        for (DecidedDayData day : shipped) {
            assertThat(offered).as("offered").contains(DecidedDaySeeder.key(day));
            assertThat(days.byDate(day.date())).as("%s", day.date()).get().extracting(DecidedDay::kind)
                    .isEqualTo(day.kind());
            assertThat(calendars.provinceDefault().isWorkingDay(day.date())).as("%s", day.date())
                    .isEqualTo(day.kind() == DayKind.WORKING_DAY);
        }
        // A restart offers nothing new.
        assertThat(seeder.offer(shipped)).isZero();
    }

    @Test
    void aDayAddedToTheFileLaterReachesAnExistingDatabaseOnceAndADeletedDayStaysDeleted() {
        assertThat(seeder.offer(List.of(A, B))).isEqualTo(2);
        assertThat(calendars.provinceDefault().isWorkingDay(A.date())).isFalse();
        assertThat(calendars.provinceDefault().isWorkingDay(B.date())).isTrue();

        // The administrator deletes A; the next release ships C as well.
        administration.delete(days.byDate(A.date()).orElseThrow().id());
        assertThat(seeder.offer(List.of(A, B, C))).isEqualTo(1);
        assertThat(days.byDate(A.date())).isEmpty();
        assertThat(days.byDate(B.date())).isPresent();
        assertThat(days.byDate(C.date())).get().extracting(DecidedDay::name).isEqualTo("Nghỉ hoán đổi C");
        assertThat(calendars.provinceDefault().isWorkingDay(A.date())).isTrue();
        assertThat(calendars.provinceDefault().isWorkingDay(C.date())).isFalse();

        // Every later start: nothing.
        assertThat(seeder.offer(List.of(A, B, C))).isZero();
        assertThat(days.byDate(A.date())).isEmpty();
        assertThat(jdbc.sql("select count(*) from calendar_shipped_day where shipped_key like '2095-%'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aDateTheAdministratorAlreadyDecidedKeepsTheirEntry() {
        administration.create(new DecidedDayData(C.date(), DayKind.DAY_OFF, "Nghỉ do quản trị nhập", "QĐ tỉnh"));
        assertThat(seeder.offer(List.of(C))).isZero();
        assertThat(days.byDate(C.date())).get().extracting(DecidedDay::name).isEqualTo("Nghỉ do quản trị nhập");
        // Offered all the same: deleting the administrator's day does not let the shipped one in later.
        administration.delete(days.byDate(C.date()).orElseThrow().id());
        assertThat(seeder.offer(List.of(C))).isZero();
        assertThat(days.byDate(C.date())).isEmpty();
    }

    @Test
    void nodesStartingTogetherLoadANewShippedDayOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> nodes = List.of(() -> seeder.offer(List.of(A, B)), () -> seeder.offer(List.of(A, B)));
            List<Integer> loaded = new ArrayList<>();
            for (Future<Integer> node : pool.invokeAll(nodes)) {
                loaded.add(node.get());
            }
            assertThat(loaded).containsExactlyInAnyOrder(2, 0);
        } finally {
            pool.shutdown();
        }
        assertThat(days.byDate(A.date())).isPresent();
        assertThat(days.byDate(B.date())).isPresent();
    }
}
