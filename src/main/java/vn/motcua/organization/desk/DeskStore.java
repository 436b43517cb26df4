package vn.motcua.organization.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/** SQL for one-stop desks, the agencies they receive for, and their counters. */
@Repository
class DeskStore {

    private static final String SELECT = """
            select d.id, d.code, d.name, d.level, d.service_center, d.agency_id, a.name as agency_name,
                   d.administrative_unit_id, d.address, d.phone, d.active, d.version
            from one_stop_desk d join agency a on a.id = d.agency_id
            """;

    private final JdbcClient jdbc;

    DeskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DeskView> byId(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::row).optional();
    }

    PageResult<DeskView> search(String q, Long agency, Boolean active, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(d.name) like :q or lower(d.code) like :q)");
            params.put("q", "%" + q.trim().toLowerCase() + "%");
        }
        if (agency != null) {
            where.append(" and d.agency_id = :agency");
            params.put("agency", agency);
        }
        if (active != null) {
            where.append(" and d.active = :active");
            params.put("active", active);
        }
        long total = jdbc.sql("select count(*) from one_stop_desk d" + where).params(params).query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + where + " order by d.service_center desc, d.level, d.name, d.id"
                + " limit :limit offset :offset").params(params).param("limit", page.size())
                .param("offset", page.offset()).query(this::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private DeskView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new DeskView(id, rs.getString("code"), rs.getString("name"),
                AdministrativeLevel.valueOf(rs.getString("level")), rs.getBoolean("service_center"),
                rs.getLong("agency_id"), rs.getString("agency_name"), rs.getObject("administrative_unit_id", Long.class),
                rs.getString("address"), rs.getString("phone"), receivingAgencies(id), rs.getBoolean("active"),
                rs.getInt("version"));
    }

    List<Long> receivingAgencies(long deskId) {
        return jdbc.sql("select agency_id from desk_agency where desk_id = :id order by agency_id")
                .param("id", deskId).query(Long.class).list();
    }

    boolean agencyExists(long id) {
        return count("select count(*) from agency where id = :id", id) > 0;
    }

    boolean unitExists(long id) {
        return count("select count(*) from administrative_unit where id = :id", id) > 0;
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from one_stop_desk where lower(code) = lower(:code) and id <> :id")
                .param("code", code).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(DeskCommand c, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into one_stop_desk (code, name, level, service_center, agency_id, administrative_unit_id,
                                           address, phone, active, version, created_at, updated_at)
                values (:code, :name, :level, :center, :agency, :unit, :address, :phone, true, 0, :now, :now)
                """).params(columns(c)).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceReceivingAgencies(id, c.agencyIds());
        return id;
    }

    boolean update(long id, DeskCommand c, Instant now) {
        boolean updated = jdbc.sql("""
                update one_stop_desk set code = :code, name = :name, level = :level, service_center = :center,
                       agency_id = :agency, administrative_unit_id = :unit, address = :address, phone = :phone,
                       version = version + 1, updated_at = :now
                where id = :id and version = :version
                """).params(columns(c)).param("now", Timestamp.from(now)).param("id", id)
                .param("version", c.version()).update() == 1;
        if (updated) {
            replaceReceivingAgencies(id, c.agencyIds());
        }
        return updated;
    }

    void setActive(long id, boolean active, Instant now) {
        jdbc.sql("update one_stop_desk set active = :active, version = version + 1, updated_at = :now where id = :id")
                .param("active", active).param("now", Timestamp.from(now)).param("id", id).update();
    }

    private void replaceReceivingAgencies(long deskId, List<Long> agencyIds) {
        jdbc.sql("delete from desk_agency where desk_id = :id").param("id", deskId).update();
        for (Long agencyId : agencyIds) {
            jdbc.sql("insert into desk_agency (desk_id, agency_id) values (:desk, :agency)")
                    .param("desk", deskId).param("agency", agencyId).update();
        }
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private static Map<String, Object> columns(DeskCommand c) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", c.code());
        params.put("name", c.name());
        params.put("level", c.level().name());
        params.put("center", c.serviceCenter());
        params.put("agency", c.agencyId());
        params.put("unit", c.administrativeUnitId());
        params.put("address", c.address());
        params.put("phone", c.phone());
        return params;
    }
}
