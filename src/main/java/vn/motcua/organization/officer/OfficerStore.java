package vn.motcua.organization.officer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.RoleAssignment;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** SQL for officers, their counters and their roles. The login account lives in identity (username filled in by the service). */
@Repository
class OfficerStore {

    private static final String SELECT = """
            select o.id, o.full_name, o.position, o.email, o.phone, o.agency_id, a.name as agency_name,
                   o.desk_id, d.name as desk_name, o.active, o.version
            from officer o join agency a on a.id = o.agency_id left join one_stop_desk d on d.id = o.desk_id
            """;

    private final JdbcClient jdbc;

    OfficerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OfficerView> byId(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(this::row).optional();
    }

    PageResult<OfficerView> search(OfficerFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(o.full_name) like :q or lower(o.position) like :q)");
            params.put("q", "%" + filter.q().trim().toLowerCase() + "%");
        }
        if (filter.agency() != null) {
            where.append(" and o.agency_id = :agency");
            params.put("agency", filter.agency());
        }
        if (filter.desk() != null) {
            where.append(" and o.desk_id = :desk");
            params.put("desk", filter.desk());
        }
        if (filter.role() != null) {
            where.append(" and exists (select 1 from officer_role r where r.officer_id = o.id and r.role = :role)");
            params.put("role", filter.role().name());
        }
        if (filter.active() != null) {
            where.append(" and o.active = :active");
            params.put("active", filter.active());
        }
        long total = jdbc.sql("select count(*) from officer o" + where).params(params).query(Long.class).single();
        var items = jdbc.sql(SELECT + where + " order by o.full_name, o.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private OfficerView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new OfficerView(id, rs.getString("full_name"), rs.getString("position"), rs.getString("email"),
                rs.getString("phone"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getObject("desk_id", Long.class), rs.getString("desk_name"), counters(id), roles(id),
                null, rs.getBoolean("active"), rs.getInt("version"));
    }

    List<Long> counters(long officerId) {
        return jdbc.sql("select counter_id from officer_counter where officer_id = :id order by counter_id")
                .param("id", officerId).query(Long.class).list();
    }

    List<RoleAssignment> roles(long officerId) {
        return jdbc.sql("select role, agency_id from officer_role where officer_id = :id order by id")
                .param("id", officerId)
                .query((rs, n) -> new RoleAssignment(Role.valueOf(rs.getString(1)), rs.getObject(2, Long.class)))
                .list();
    }

    boolean agencyExists(long id) {
        return jdbc.sql("select count(*) from agency where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean deskExists(long id) {
        return jdbc.sql("select count(*) from one_stop_desk where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /** The desk of a counter, when the counter exists. */
    Optional<Long> deskOfCounter(long counterId) {
        return jdbc.sql("select desk_id from counter where id = :id").param("id", counterId).query(Long.class)
                .optional();
    }

    long insert(OfficerCommand c, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into officer (full_name, position, email, phone, agency_id, desk_id, active, version,
                                     created_at, updated_at)
                values (:name, :position, :email, :phone, :agency, :desk, true, 0, :now, :now)
                """).params(columns(c)).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceLinks(id, c);
        return id;
    }

    boolean update(long id, OfficerCommand c, Instant now) {
        boolean updated = jdbc.sql("""
                update officer set full_name = :name, position = :position, email = :email, phone = :phone,
                       agency_id = :agency, desk_id = :desk, version = version + 1, updated_at = :now
                where id = :id and version = :version
                """).params(columns(c)).param("now", Timestamp.from(now)).param("id", id)
                .param("version", c.version()).update() == 1;
        if (updated) {
            replaceLinks(id, c);
        }
        return updated;
    }

    void setActive(long id, boolean active, Instant now) {
        jdbc.sql("update officer set active = :active, version = version + 1, updated_at = :now where id = :id")
                .param("active", active).param("now", Timestamp.from(now)).param("id", id).update();
    }

    private void replaceLinks(long officerId, OfficerCommand c) {
        jdbc.sql("delete from officer_counter where officer_id = :id").param("id", officerId).update();
        for (Long counter : c.counterIds()) {
            jdbc.sql("insert into officer_counter (officer_id, counter_id) values (:o, :c)")
                    .param("o", officerId).param("c", counter).update();
        }
        jdbc.sql("delete from officer_role where officer_id = :id").param("id", officerId).update();
        for (RoleAssignment role : c.roles()) {
            jdbc.sql("insert into officer_role (officer_id, role, agency_id) values (:o, :role, :agency)")
                    .param("o", officerId).param("role", role.role().name()).param("agency", role.agencyId())
                    .update();
        }
    }

    private static Map<String, Object> columns(OfficerCommand c) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", c.fullName());
        params.put("position", c.position());
        params.put("email", c.email());
        params.put("phone", c.phone());
        params.put("agency", c.agencyId());
        params.put("desk", c.deskId());
        return params;
    }
}
