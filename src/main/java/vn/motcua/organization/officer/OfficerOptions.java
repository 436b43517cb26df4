package vn.motcua.organization.officer;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The choices of the officer form: active desks and their active counters (a province has tens, not thousands). */
@Component
class OfficerOptions {

    record Option(long id, String label) {
    }

    private final JdbcClient jdbc;

    OfficerOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> desks() {
        return jdbc.sql("select id, name from one_stop_desk where active = true order by service_center desc, name")
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }

    List<Option> counters() {
        return jdbc.sql("""
                select c.id, d.name || ' — ' || c.name from counter c join one_stop_desk d on d.id = c.desk_id
                where c.active = true and d.active = true order by d.name, c.code
                """).query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }
}
