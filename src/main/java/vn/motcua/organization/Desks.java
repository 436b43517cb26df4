package vn.motcua.organization;

import java.util.HashSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to one-stop desks for other modules. */
@Service
@Transactional(readOnly = true)
public class Desks {

    private final JdbcClient jdbc;

    Desks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A desk by its code or, failing that, by its id (the administration API's identifier): a report
     * link may carry either.
     */
    public Optional<DeskRef> byCodeOrId(String codeOrId) {
        String key = codeOrId.trim();
        Optional<Long> id = jdbc.sql("select id from one_stop_desk where code = :code").param("code", key)
                .query(Long.class).optional();
        if (id.isEmpty() && key.matches("\\d{1,18}")) {
            id = Optional.of(Long.parseLong(key));
        }
        return id.flatMap(this::byId);
    }

    public Optional<DeskRef> byId(long id) {
        return jdbc.sql("select id, code, name, agency_id, active from one_stop_desk where id = :id").param("id", id)
                .query((rs, n) -> new DeskRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("agency_id"), served(rs.getLong("id")), rs.getBoolean("active")))
                .optional();
    }

    private java.util.Set<Long> served(long deskId) {
        return new HashSet<>(jdbc.sql("select agency_id from desk_agency where desk_id = :id").param("id", deskId)
                .query(Long.class).list());
    }
}
