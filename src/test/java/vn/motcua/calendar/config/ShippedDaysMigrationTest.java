package vn.motcua.calendar.config;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database seeded before {@code calendar_shipped_day} existed (own H2 database in
 * PostgreSQL mode, migrated to the version before, then to the latest): the six days shipped until then
 * count as offered — including one the administrator deleted — so only the days added since are offered
 * at the next start; the 2019 references left as shipped get the decision's number.
 */
class ShippedDaysMigrationTest {

    static final String OLD_2019 = "Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ lễ 30/4, 1/5 năm 2019 "
            + "(Thủ tướng Chính phủ đồng ý); số văn bản cần đối chiếu";

    @Test
    void aDatabaseSeededBeforeIsOfferedOnlyTheDaysAddedSince() {
        SingleConnectionDataSource data = new SingleConnectionDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);
        // One connection throughout: H2 binds a check constraint to the session that created it.
        migrate(data, "20261124.2800");
        JdbcClient jdbc = JdbcClient.create(data);
        // As the previous release left it: seeded, the 2019 days as shipped, one kept with the
        // administrator's own reference, and 4/5/2024 deleted by the administrator.
        jdbc.sql("update calendar_state set seeded = true where id = 1").update();
        insert(jdbc, "2019-04-29", "DAY_OFF", OLD_2019);
        insert(jdbc, "2019-05-04", "WORKING_DAY", OLD_2019);
        insert(jdbc, "2024-04-29", "DAY_OFF", "Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ");
        insert(jdbc, "2025-05-02", "DAY_OFF", "TB 6150 (quản trị nhập)");
        insert(jdbc, "2025-04-26", "WORKING_DAY", "TB 6150 (quản trị nhập)");
        long revision = jdbc.sql("select revision from calendar_state").query(Long.class).single();

        migrate(data, "latest");

        Set<String> offered = Set.copyOf(jdbc.sql("select shipped_key from calendar_shipped_day").query(String.class).list());
        assertThat(offered).containsExactlyInAnyOrder("2019-04-29:DAY_OFF", "2019-05-04:WORKING_DAY",
                "2024-04-29:DAY_OFF", "2024-05-04:WORKING_DAY", "2025-05-02:DAY_OFF", "2025-04-26:WORKING_DAY");
        Set<String> next = new LinkedHashSet<>();
        for (DecidedDayData day : DecidedDaySeeder.shipped(JsonMapper.builder().build())) {
            if (!offered.contains(DecidedDaySeeder.key(day))) {
                next.add(DecidedDaySeeder.key(day));
            }
        }
        // What the next start offers: the days added to the file since, not 4/5/2024.
        assertThat(next).containsExactly("2018-12-31:DAY_OFF", "2019-01-05:WORKING_DAY", "2026-01-02:DAY_OFF",
                "2026-01-10:WORKING_DAY", "2026-08-31:DAY_OFF", "2026-08-22:WORKING_DAY");
        List<String> references2019 = jdbc.sql(
                "select legal_reference from calendar_decided_day where extract(year from decided_on) = 2019")
                .query(String.class).list();
        assertThat(references2019).hasSize(2).allSatisfy(r -> assertThat(r).startsWith("Công văn số 6519/VPCP-KGVX"));
        assertThat(jdbc.sql("select legal_reference from calendar_decided_day where decided_on = date '2025-05-02'")
                .query(String.class).single()).isEqualTo("TB 6150 (quản trị nhập)");
        assertThat(jdbc.sql("select revision from calendar_state").query(Long.class).single()).isEqualTo(revision + 1);
    }

    @Test
    void aFreshDatabaseHasNothingOffered() {
        SingleConnectionDataSource data = new SingleConnectionDataSource("jdbc:h2:mem:fresh-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);
        migrate(data, "latest");
        assertThat(JdbcClient.create(data).sql("select count(*) from calendar_shipped_day").query(Long.class).single())
                .isZero();
    }

    private static void migrate(SingleConnectionDataSource data, String target) {
        // The dossier counts' migrations need the zone's offset (ZoneOffsetPlaceholder): UTC+7.
        Flyway.configure().dataSource(data).locations("classpath:db/migration")
                .placeholders(Map.of("zone_offset_seconds", "25200")).target(target).load().migrate();
    }

    private static void insert(JdbcClient jdbc, String date, String kind, String reference) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into calendar_decided_day (decided_on, kind, name, legal_reference, created_at, updated_at)
                values (cast(:date as date), :kind, 'x', :reference, :now, :now)""")
                .param("date", date).param("kind", kind).param("reference", reference).param("now", now).update();
    }
}
