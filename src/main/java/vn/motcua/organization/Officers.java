package vn.motcua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.security.Role;

/** Read access to officers for other modules (identity builds an officer's permissions from it). */
@Service
@Transactional(readOnly = true)
public class Officers {

    private final JdbcClient jdbc;

    Officers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OfficerRef> byId(long id) {
        return jdbc.sql("select id, full_name, position, agency_id, desk_id, active from officer where id = :id")
                .param("id", id)
                .query((rs, n) -> new OfficerRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        (Long) rs.getObject(5, Long.class), rs.getBoolean(6)))
                .optional();
    }

    public List<RoleAssignment> rolesOf(long officerId) {
        return jdbc.sql("select role, agency_id from officer_role where officer_id = :id order by id")
                .param("id", officerId)
                .query((rs, n) -> new RoleAssignment(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2, Long.class)))
                .list();
    }
}
