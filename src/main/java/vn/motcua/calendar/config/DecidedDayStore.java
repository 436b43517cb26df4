package vn.motcua.calendar.config;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DecidedDay;

/** The decided days table. */
@Repository
public class DecidedDayStore {

    private static final String COLUMNS = "select id, decided_on, kind, name, legal_reference from calendar_decided_day";
    private static final RowMapper<DecidedDay> ROW = (rs, n) -> new DecidedDay(rs.getLong("id"),
            rs.getObject("decided_on", LocalDate.class), DayKind.valueOf(rs.getString("kind")), rs.getString("name"),
            rs.getString("legal_reference"));

    private final JdbcClient jdbc;

    DecidedDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DecidedDay> all() {
        return jdbc.sql(COLUMNS + " order by decided_on").query(ROW).list();
    }

    public List<DecidedDay> between(LocalDate from, LocalDate to) {
        return jdbc.sql(COLUMNS + " where decided_on between :from and :to order by decided_on")
                .param("from", from).param("to", to).query(ROW).list();
    }

    public Optional<DecidedDay> byId(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<DecidedDay> byDate(LocalDate date) {
        return jdbc.sql(COLUMNS + " where decided_on = :date").param("date", date).query(ROW).optional();
    }

    long insert(DecidedDay day, Instant now) {
        jdbc.sql("""
                insert into calendar_decided_day (decided_on, kind, name, legal_reference, created_at, updated_at)
                values (:date, :kind, :name, :reference, :now, :now)
                """).param("date", day.date()).param("kind", day.kind().name()).param("name", day.name())
                .param("reference", day.legalReference()).param("now", Timestamp.from(now)).update();
        return byDate(day.date()).orElseThrow().id();
    }

    void update(DecidedDay day, Instant now) {
        jdbc.sql("""
                update calendar_decided_day set decided_on = :date, kind = :kind, name = :name,
                       legal_reference = :reference, updated_at = :now where id = :id
                """).param("id", day.id()).param("date", day.date()).param("kind", day.kind().name())
                .param("name", day.name()).param("reference", day.legalReference()).param("now", Timestamp.from(now))
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from calendar_decided_day where id = :id").param("id", id).update();
    }
}
