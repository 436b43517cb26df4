package vn.motcua.catalog.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.VersionInfo;

/** SQL of procedures, their versions and fields. Writes are batched: an import sends thousands of rows. */
@Repository
public class ProcedureStore {

    /** What the publisher needs to know of a stored procedure to decide whether content changed. */
    public record State(long id, String code, int version, String hash, boolean active) {
    }

    /** The searchable columns of a procedure, copied from its current version. */
    public record Row(String code, String name, String fieldCode, String levels, String onlineLevel,
            String agencyCode, String nameNorm, String searchNorm, boolean active) {
    }

    public record NewVersion(String code, int version, String hash, String content) {
    }

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ContentCodec codec;

    ProcedureStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, ContentCodec codec) {
        this.jdbc = jdbc;
        this.named = named;
        this.codec = codec;
    }

    public Optional<ProcedureVersion> current(String code) {
        return jdbc.sql("""
                select p.code, v.version, v.published_at, v.published_by, v.content, p.active
                from procedure p join procedure_version v on v.procedure_id = p.id and v.version = p.current_version
                where p.code = :code
                """).param("code", code).query(this::version).optional();
    }

    public Optional<ProcedureVersion> version(String code, int version) {
        return jdbc.sql("""
                select p.code, v.version, v.published_at, v.published_by, v.content, p.active
                from procedure p join procedure_version v on v.procedure_id = p.id
                where p.code = :code and v.version = :version
                """).param("code", code).param("version", version).query(this::version).optional();
    }

    /** Current versions of all procedures, in code order (for export). */
    public List<ProcedureVersion> allCurrent() {
        return jdbc.sql("""
                select p.code, v.version, v.published_at, v.published_by, v.content, p.active
                from procedure p join procedure_version v on v.procedure_id = p.id and v.version = p.current_version
                order by p.code
                """).query(this::version).list();
    }

    public List<VersionInfo> history(String code) {
        return jdbc.sql("""
                select v.version, v.published_at, v.published_by, v.content
                from procedure p join procedure_version v on v.procedure_id = p.id
                where p.code = :code order by v.version desc
                """).param("code", code)
                .query((rs, n) -> new VersionInfo(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        codec.read(rs.getString(4)).name()))
                .list();
    }

    public boolean isActive(String code) {
        return jdbc.sql("select active from procedure where code = :code").param("code", code)
                .query(Boolean.class).optional().orElse(false);
    }

    public Map<String, State> states(Collection<String> codes) {
        Map<String, State> states = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += CHUNK) {
            jdbc.sql("""
                    select p.id, p.code, p.current_version, v.content_hash, p.active
                    from procedure p join procedure_version v on v.procedure_id = p.id and v.version = p.current_version
                    where p.code in (:codes)
                    """).param("codes", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .query((rs, n) -> new State(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getBoolean(5)))
                    .list().forEach(s -> states.put(s.code(), s));
        }
        return states;
    }

    public void insert(List<Row> rows, Timestamp now) {
        named.batchUpdate("""
                insert into procedure (code, name, field_code, levels, online_level, agency_code, name_norm,
                                       search_norm, current_version, active, created_at, updated_at)
                values (:code, :name, :fieldCode, :levels, :onlineLevel, :agencyCode, :nameNorm, :searchNorm, 0,
                        :active, :now, :now)
                """, rows.stream().map(r -> params(r, now)).toArray(MapSqlParameterSource[]::new));
    }

    public void update(List<Row> rows, Timestamp now) {
        named.batchUpdate("""
                update procedure set name = :name, field_code = :fieldCode, levels = :levels,
                       online_level = :onlineLevel, agency_code = :agencyCode, name_norm = :nameNorm,
                       search_norm = :searchNorm, active = :active, updated_at = :now
                where code = :code
                """, rows.stream().map(r -> params(r, now)).toArray(MapSqlParameterSource[]::new));
    }

    /** Adds versions and makes each the current one of its procedure. */
    public void addVersions(List<NewVersion> versions, String by, Timestamp now) {
        MapSqlParameterSource[] params = versions.stream().map(v -> new MapSqlParameterSource()
                .addValue("code", v.code()).addValue("version", v.version()).addValue("hash", v.hash())
                .addValue("content", v.content()).addValue("by", by).addValue("now", now))
                .toArray(MapSqlParameterSource[]::new);
        named.batchUpdate("""
                insert into procedure_version (procedure_id, version, content_hash, content, published_at, published_by)
                select id, :version, :hash, :content, :now, :by from procedure where code = :code
                """, params);
        named.batchUpdate("update procedure set current_version = :version where code = :code", params);
    }

    public void setActive(String code, boolean active, Timestamp now) {
        jdbc.sql("update procedure set active = :active, updated_at = :now where code = :code")
                .param("active", active).param("now", now).param("code", code).update();
    }

    public List<Field> fields() {
        return jdbc.sql("select code, name from procedure_field where active = true order by code")
                .query((rs, n) -> new Field(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<Field> field(String code) {
        return jdbc.sql("select code, name from procedure_field where code = :code").param("code", code)
                .query((rs, n) -> new Field(rs.getString(1), rs.getString(2))).optional();
    }

    /** Creates or renames fields; returns how many changed. */
    public int saveFields(Collection<Field> fields, Timestamp now) {
        Map<String, String> existing = new HashMap<>();
        jdbc.sql("select code, name from procedure_field").query((ResultSet rs) -> {
            existing.put(rs.getString(1), rs.getString(2));
        });
        int changed = 0;
        for (Field f : fields) {
            String name = existing.get(f.code());
            if (name == null) {
                jdbc.sql("""
                        insert into procedure_field (code, name, active, created_at, updated_at)
                        values (:code, :name, true, :now, :now)
                        """).param("code", f.code()).param("name", f.name()).param("now", now).update();
                existing.put(f.code(), f.name());
                changed++;
            } else if (!name.equals(f.name())) {
                jdbc.sql("update procedure_field set name = :name, updated_at = :now where code = :code")
                        .param("code", f.code()).param("name", f.name()).param("now", now).update();
                changed++;
            }
        }
        return changed;
    }

    private static MapSqlParameterSource params(Row r, Timestamp now) {
        return new MapSqlParameterSource().addValue("code", r.code()).addValue("name", r.name())
                .addValue("fieldCode", r.fieldCode()).addValue("levels", r.levels())
                .addValue("onlineLevel", r.onlineLevel()).addValue("agencyCode", r.agencyCode())
                .addValue("nameNorm", r.nameNorm()).addValue("searchNorm", r.searchNorm())
                .addValue("active", r.active()).addValue("now", now);
    }

    private ProcedureVersion version(ResultSet rs, int n) throws SQLException {
        return new ProcedureVersion(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                codec.read(rs.getString(5)).withActive(rs.getBoolean(6)));
    }
}
