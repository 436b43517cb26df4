package vn.motcua.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to agencies for other modules: look-ups and the agency tree. */
@Service
@Transactional(readOnly = true)
public class Agencies {

    private static final RowMapper<AgencyRef> ROW = (rs, n) -> new AgencyRef(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), AgencyType.valueOf(rs.getString("type")),
            AdministrativeLevel.valueOf(rs.getString("level")), (Long) rs.getObject("parent_id", Long.class),
            rs.getBoolean("active"));

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgencyRef> byId(long id) {
        return jdbc.sql("select id, code, name, type, level, parent_id, active from agency where id = :id")
                .param("id", id).query(ROW).optional();
    }

    public Optional<AgencyRef> byCode(String code) {
        return jdbc.sql("select id, code, name, type, level, parent_id, active from agency where code = :code")
                .param("code", code).query(ROW).optional();
    }

    public List<AgencyRef> all() {
        return jdbc.sql("select id, code, name, type, level, parent_id, active from agency order by level, name")
                .query(ROW).list();
    }

    /** The agency and all its descendants. */
    public Set<Long> subtree(long agencyId) {
        return new HashSet<>(jdbc.sql("""
                with recursive tree (id) as (
                    select id from agency where id = :id
                    union all
                    select a.id from agency a join tree t on a.parent_id = t.id
                )
                select id from tree
                """).param("id", agencyId).query(Long.class).list());
    }
}
