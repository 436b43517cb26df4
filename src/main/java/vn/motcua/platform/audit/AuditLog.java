package vn.motcua.platform.audit;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.CurrentActor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/**
 * The audit log: every create, update and delete of organization, identity and configuration
 * data is recorded here in the same transaction as the change itself.
 */
@Service
public class AuditLog {

    private static final int MAX_CHANGES = 20_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** Records a creation: every field of {@code created} is listed as the new value. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object id, String summary, Object created) {
        record("CREATE", entityType, id, summary, diff(null, created));
    }

    /** Records an update with the fields that changed (old and new values). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object id, String summary, Object before, Object after) {
        record("UPDATE", entityType, id, summary, diff(before, after));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object id, String summary, Object before) {
        record("DELETE", entityType, id, summary, diff(before, null));
    }

    /** Records any other action (login, import, password reset...) with free-form details. */
    @Transactional
    public void record(String action, String entityType, Object id, String summary, Map<String, ?> details) {
        String changes = details == null || details.isEmpty() ? null : json.writeValueAsString(details);
        if (changes != null && changes.length() > MAX_CHANGES) {
            changes = changes.substring(0, MAX_CHANGES);
        }
        Actor actor = CurrentActor.get().orElse(null);
        jdbc.sql("""
                insert into audit_log (occurred_at, actor, actor_account_id, remote_address, action,
                                       entity_type, entity_id, summary, changes)
                values (:at, :actor, :accountId, :address, :action, :type, :id, :summary, :changes)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor == null ? "system" : actor.username())
                .param("accountId", actor == null ? null : actor.accountId())
                .param("address", remoteAddress())
                .param("action", action)
                .param("type", entityType)
                .param("id", id == null ? null : String.valueOf(id))
                .param("summary", summary == null ? null : truncate(summary, 500))
                .param("changes", changes)
                .update();
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(String entityType, String actor, PageRequest page) {
        String where = """
                 where (cast(:type as varchar) is null or entity_type = :type)
                   and (cast(:actor as varchar) is null or actor = :actor)
                """;
        long total = jdbc.sql("select count(*) from audit_log" + where)
                .param("type", entityType).param("actor", actor).query(Long.class).single();
        var items = jdbc.sql("""
                select id, occurred_at, actor, remote_address, action, entity_type, entity_id, summary, changes
                from audit_log""" + where + " order by id desc limit :limit offset :offset")
                .param("type", entityType).param("actor", actor)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Field-by-field difference of two records of the same type (either may be null). */
    static Map<String, Object> diff(Object before, Object after) {
        Object sample = after != null ? after : before;
        Map<String, Object> changes = new LinkedHashMap<>();
        if (sample == null) {
            return changes;
        }
        if (!sample.getClass().isRecord()) {
            changes.put("value", Map.of("from", String.valueOf(before), "to", String.valueOf(after)));
            return changes;
        }
        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            Object from = before == null ? null : read(component, before);
            Object to = after == null ? null : read(component, after);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from);
                change.put("to", to);
                changes.put(component.getName(), change);
            }
        }
        return changes;
    }

    private static Object read(RecordComponent component, Object target) {
        try {
            Object value = component.getAccessor().invoke(target);
            return value instanceof java.util.Collection<?> || value instanceof Number || value instanceof Boolean
                    || value == null ? value : String.valueOf(value);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
