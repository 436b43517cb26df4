package vn.motcua.calendar.config;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.OfficeHours;

/** Office hours: the province default (no agency) and each agency's own. */
@Repository
public class OfficeHoursStore {

    private static final RowMapper<OfficeHours> ROW = (rs, n) -> new OfficeHours(
            rs.getObject("morning_start", LocalTime.class), rs.getObject("morning_end", LocalTime.class),
            rs.getObject("afternoon_start", LocalTime.class), rs.getObject("afternoon_end", LocalTime.class));

    private final JdbcClient jdbc;

    OfficeHoursStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OfficeHours provinceDefault() {
        return jdbc.sql("select * from calendar_office_hours where agency_id is null").query(ROW).optional()
                .orElse(OfficeHours.PROVINCE_DEFAULT);
    }

    public Optional<OfficeHours> ofAgency(long agencyId) {
        return jdbc.sql("select * from calendar_office_hours where agency_id = :id").param("id", agencyId).query(ROW)
                .optional();
    }

    /** Agency id → its own office hours. */
    public Map<Long, OfficeHours> agencies() {
        Map<Long, OfficeHours> result = new HashMap<>();
        jdbc.sql("select * from calendar_office_hours where agency_id is not null")
                .query(rs -> {
                    result.put(rs.getLong("agency_id"), ROW.mapRow(rs, 0));
                });
        return result;
    }

    void saveDefault(OfficeHours hours, Instant now) {
        int updated = bind(jdbc.sql("""
                update calendar_office_hours set morning_start = :ms, morning_end = :me, afternoon_start = :afs,
                       afternoon_end = :ae, updated_at = :now where agency_id is null
                """), hours, now).update();
        if (updated == 0) {
            insert(null, hours, now);
        }
    }

    void saveAgency(long agencyId, OfficeHours hours, Instant now) {
        int updated = bind(jdbc.sql("""
                update calendar_office_hours set morning_start = :ms, morning_end = :me, afternoon_start = :afs,
                       afternoon_end = :ae, updated_at = :now where agency_id = :agency
                """), hours, now).param("agency", agencyId).update();
        if (updated == 0) {
            insert(agencyId, hours, now);
        }
    }

    boolean deleteAgency(long agencyId) {
        return jdbc.sql("delete from calendar_office_hours where agency_id = :agency").param("agency", agencyId)
                .update() > 0;
    }

    private void insert(Long agencyId, OfficeHours hours, Instant now) {
        bind(jdbc.sql("""
                insert into calendar_office_hours (agency_id, morning_start, morning_end, afternoon_start,
                                                   afternoon_end, updated_at)
                values (:agency, :ms, :me, :afs, :ae, :now)
                """), hours, now).param("agency", agencyId).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OfficeHours hours, Instant now) {
        return spec.param("ms", hours.morningStart()).param("me", hours.morningEnd())
                .param("afs", hours.afternoonStart()).param("ae", hours.afternoonEnd())
                .param("now", Timestamp.from(now));
    }
}
