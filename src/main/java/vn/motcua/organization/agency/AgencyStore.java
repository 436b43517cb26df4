package vn.motcua.organization.agency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyType;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** SQL for agencies. */
@Repository
class AgencyStore {

    private static final String SELECT = """
            select a.id, a.code, a.name, a.type, a.level, a.administrative_unit_id, a.parent_id, p.name as parent_name,
                   a.active, a.version
            from agency a left join agency p on p.id = a.parent_id
            """;

    private static final RowMapper<AgencyView> ROW = (rs, n) -> new AgencyView(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), AgencyType.valueOf(rs.getString("type")),
            AdministrativeLevel.valueOf(rs.getString("level")), rs.getObject("administrative_unit_id", Long.class),
            rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getBoolean("active"),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AgencyView> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ROW).optional();
    }

    PageResult<AgencyView> search(AgencyFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(a.name) like :q or lower(a.code) like :q)");
            params.put("q", "%" + filter.q().trim().toLowerCase() + "%");
        }
        if (filter.type() != null) {
            where.append(" and a.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.level() != null) {
            where.append(" and a.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.parent() != null) {
            where.append(" and a.parent_id = :parent");
            params.put("parent", filter.parent());
        }
        if (filter.active() != null) {
            where.append(" and a.active = :active");
            params.put("active", filter.active());
        }
        long total = jdbc.sql("select count(*) from agency a" + where).params(params).query(Long.class).single();
        var items = jdbc.sql(SELECT + where + " order by a.level, a.name, a.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from agency where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    boolean unitExists(long id) {
        return jdbc.sql("select count(*) from administrative_unit where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from agency where lower(code) = lower(:code) and id <> :id")
                .param("code", code).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(AgencyCommand c, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agency (code, name, type, level, administrative_unit_id, parent_id, active, version,
                                    created_at, updated_at)
                values (:code, :name, :type, :level, :unit, :parent, true, 0, :now, :now)
                """).params(columns(c)).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** False when the version is stale (someone else changed the agency meanwhile). */
    boolean update(long id, AgencyCommand c, Instant now) {
        return jdbc.sql("""
                update agency set code = :code, name = :name, type = :type, level = :level,
                       administrative_unit_id = :unit, parent_id = :parent, version = version + 1, updated_at = :now
                where id = :id and version = :version
                """).params(columns(c)).param("now", Timestamp.from(now)).param("id", id)
                .param("version", c.version()).update() == 1;
    }

    void setActive(long id, boolean active, Instant now) {
        jdbc.sql("update agency set active = :active, version = version + 1, updated_at = :now where id = :id")
                .param("active", active).param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static Map<String, Object> columns(AgencyCommand c) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", c.code());
        params.put("name", c.name());
        params.put("type", c.type().name());
        params.put("level", c.level().name());
        params.put("unit", c.administrativeUnitId());
        params.put("parent", c.parentId());
        return params;
    }
}
