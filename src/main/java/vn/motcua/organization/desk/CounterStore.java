package vn.motcua.organization.desk;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the counters of one-stop desks. */
@Repository
class CounterStore {

    private static final String SELECT = "select id, desk_id, code, name, active, version from counter";
    private static final RowMapper<CounterView> ROW = (rs, n) -> new CounterView(rs.getLong("id"),
            rs.getLong("desk_id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("active"),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    CounterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CounterView> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ROW).optional();
    }

    List<CounterView> ofDesk(long deskId) {
        return jdbc.sql(SELECT + " where desk_id = :desk order by code, id").param("desk", deskId).query(ROW).list();
    }

    boolean codeTaken(long deskId, String code, long exceptId) {
        return jdbc.sql("select count(*) from counter where desk_id = :desk and lower(code) = lower(:code) and id <> :id")
                .param("desk", deskId).param("code", code).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(long deskId, CounterCommand c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into counter (desk_id, code, name, active, version) values (:desk, :code, :name, true, 0)")
                .param("desk", deskId).param("code", c.code()).param("name", c.name()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, CounterCommand c) {
        return jdbc.sql("""
                update counter set code = :code, name = :name, version = version + 1
                where id = :id and version = :version
                """).param("code", c.code()).param("name", c.name()).param("id", id).param("version", c.version())
                .update() == 1;
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update counter set active = :active, version = version + 1 where id = :id")
                .param("active", active).param("id", id).update();
    }
}
