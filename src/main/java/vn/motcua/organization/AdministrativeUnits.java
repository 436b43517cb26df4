package vn.motcua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to administrative units for other modules. */
@Service
@Transactional(readOnly = true)
public class AdministrativeUnits {

    /** Editions of the official lists: after the 1 July 2025 reform, and the three-level list before it. */
    public static final String EDITION_2025 = "2025";
    public static final String EDITION_2024 = "2024";

    static final String SELECT = """
            select u.id, u.edition, u.code, u.name, u.name_en, u.full_name, u.kind, u.level, p.code as parent_code,
                   u.valid_from, u.valid_to
            from administrative_unit u left join administrative_unit p on p.id = u.parent_id
            """;

    static final RowMapper<AdministrativeUnitRef> ROW = (rs, n) -> new AdministrativeUnitRef(rs.getLong("id"),
            rs.getString("edition"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
            rs.getString("full_name"), AdministrativeUnitKind.valueOf(rs.getString("kind")),
            AdministrativeLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
            rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class));

    private final JdbcClient jdbc;

    AdministrativeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdministrativeUnitRef> byCode(String edition, String code) {
        return jdbc.sql(SELECT + " where u.edition = :edition and u.code = :code")
                .param("edition", edition).param("code", code).query(ROW).optional();
    }

    public Optional<AdministrativeUnitRef> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(ROW).optional();
    }

    /** The units directly under a unit, by name. */
    public List<AdministrativeUnitRef> children(String edition, String parentCode) {
        return jdbc.sql(SELECT + " where u.edition = :edition and p.code = :parent order by u.name")
                .param("edition", edition).param("parent", parentCode).query(ROW).list();
    }
}
