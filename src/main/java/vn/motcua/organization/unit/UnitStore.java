package vn.motcua.organization.unit;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.organization.AdministrativeLevel;

/** Writes administrative units in JDBC batches: an official list is some 13,000 rows. */
@Repository
class UnitStore {

    /** The stored columns an import compares, so that an unchanged unit is not written at all. */
    record Values(String name, String nameEn, String fullName, String kind, String level, Long parentId,
            LocalDate validFrom, LocalDate validTo, String searchName) {
    }

    record Stored(long id, String code, Values values) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    UnitStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<String, Stored> byEdition(String edition) {
        Map<String, Stored> units = new HashMap<>();
        jdbc.sql("""
                select id, code, name, name_en, full_name, kind, level, parent_id, valid_from, valid_to, search_name
                from administrative_unit where edition = :edition
                """).param("edition", edition).query(rs -> {
                    Stored stored = new Stored(rs.getLong(1), rs.getString(2), new Values(rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getObject(8, Long.class), rs.getObject(9, LocalDate.class),
                            rs.getObject(10, LocalDate.class), rs.getString(11)));
                    units.put(stored.code(), stored);
                });
        return units;
    }

    /** Ids of the units of one level of an edition, by code (parents of the next level). */
    Map<String, Long> ids(String edition, AdministrativeLevel level) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select code, id from administrative_unit where edition = :edition and level = :level")
                .param("edition", edition).param("level", level.name())
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    void insert(String edition, Map<String, Values> units) {
        SqlParameterSource[] rows = units.entrySet().stream()
                .map(e -> params(e.getValue()).addValue("edition", edition).addValue("code", e.getKey()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into administrative_unit (edition, code, name, name_en, full_name, kind, level, parent_id,
                                                 valid_from, valid_to, search_name)
                values (:edition, :code, :name, :nameEn, :fullName, :kind, :level, :parentId,
                        :validFrom, :validTo, :searchName)
                """, rows);
    }

    void update(Map<Long, Values> units) {
        SqlParameterSource[] rows = units.entrySet().stream()
                .map(e -> params(e.getValue()).addValue("id", e.getKey()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                update administrative_unit
                set name = :name, name_en = :nameEn, full_name = :fullName, kind = :kind, level = :level,
                    parent_id = :parentId, valid_from = :validFrom, valid_to = :validTo, search_name = :searchName
                where id = :id
                """, rows);
    }

    private static MapSqlParameterSource params(Values v) {
        // Types are given so that nulls bind on PostgreSQL without a round trip for metadata.
        return new MapSqlParameterSource()
                .addValue("name", v.name(), Types.VARCHAR)
                .addValue("nameEn", v.nameEn(), Types.VARCHAR)
                .addValue("fullName", v.fullName(), Types.VARCHAR)
                .addValue("kind", v.kind(), Types.VARCHAR)
                .addValue("level", v.level(), Types.VARCHAR)
                .addValue("parentId", v.parentId(), Types.BIGINT)
                .addValue("validFrom", v.validFrom(), Types.DATE)
                .addValue("validTo", v.validTo(), Types.DATE)
                .addValue("searchName", v.searchName(), Types.VARCHAR);
    }

    List<String> editions() {
        return jdbc.sql("select distinct edition from administrative_unit order by edition desc")
                .query(String.class).list();
    }
}
