package vn.motcua.dossier.worklist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/**
 * The officer's worklist (what waits for their role at their agencies, or is assigned to them),
 * ordered by the step's due instant, in tabs; and the staff search within their reach. Both read
 * the dossier row through the worklist index, never the history.
 */
@Service
@Transactional(readOnly = true)
public class WorklistQueries {

    /** The worklist's tabs (UX.md: to receive, to process, to approve, to return, overdue). */
    public enum Tab { RECEIVE, PROCESS, APPROVE, RETURN, OVERDUE }

    private static final String COLUMNS = """
            d.code, d.procedure_code, d.procedure_name, d.applicant_name, d.status, d.step_role, d.step_agency_id,
            d.assignee_id, d.received_at, d.step_due_at, coalesce(d.appointment_at, d.due_at) as due""";

    private final JdbcClient jdbc;
    private final Clock clock;

    WorklistQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageResult<WorklistItem> worklist(Actor actor, Tab tab, String procedure, PageRequest page) {
        Instant now = clock.instant();
        ScopeSql scope = ScopeSql.steps(actor);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("now", Timestamp.from(now));
        params.put("procedure", procedure);
        String where = " where " + scope.condition() + " and " + tabCondition(tab)
                + " and (cast(:procedure as varchar) is null or d.procedure_code = :procedure)";
        long total = jdbc.sql("select count(*) from dossier d" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<WorklistItem> items = jdbc.sql("select " + COLUMNS + " from dossier d" + where
                + " order by d.step_due_at, d.id limit :limit offset :offset").params(params).query(row(now)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** How many dossiers each tab holds. */
    public Map<Tab, Long> counts(Actor actor) {
        Map<Tab, Long> counts = new EnumMap<>(Tab.class);
        ScopeSql scope = ScopeSql.steps(actor);
        for (Tab tab : Tab.values()) {
            Map<String, Object> params = new HashMap<>(scope.params());
            params.put("now", Timestamp.from(clock.instant()));
            counts.put(tab, jdbc.sql("select count(*) from dossier d where " + scope.condition() + " and "
                    + tabCondition(tab)).params(params).query(Long.class).single());
        }
        return counts;
    }

    /** Staff search by code, applicant name or ID number, procedure, status and receipt dates, within reach. */
    public PageResult<WorklistItem> search(Actor actor, String q, DossierStatus status, String procedure,
            Instant receivedFrom, Instant receivedTo, PageRequest page) {
        ScopeSql scope = ScopeSql.visible(actor);
        Map<String, Object> params = new HashMap<>(scope.params());
        String text = q == null || q.isBlank() ? null : q.strip();
        params.put("q", text);
        params.put("like", text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%");
        params.put("status", status == null ? null : status.name());
        params.put("procedure", procedure);
        params.put("from", receivedFrom == null ? null : Timestamp.from(receivedFrom));
        params.put("to", receivedTo == null ? null : Timestamp.from(receivedTo));
        String where = " where " + scope.condition() + """
                 and (cast(:q as varchar) is null or d.code = :q or d.applicant_id_number = :q
                      or lower(d.applicant_name) like :like)
                 and (cast(:status as varchar) is null or d.status = :status)
                 and (cast(:procedure as varchar) is null or d.procedure_code = :procedure)
                 and (cast(:from as timestamp with time zone) is null or d.received_at >= :from)
                 and (cast(:to as timestamp with time zone) is null or d.received_at < :to)
                """;
        long total = jdbc.sql("select count(*) from dossier d" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        Instant now = clock.instant();
        List<WorklistItem> items = jdbc.sql("select " + COLUMNS + " from dossier d" + where
                + " order by d.id desc limit :limit offset :offset").params(params).query(row(now)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static String tabCondition(Tab tab) {
        return switch (tab) {
            case RECEIVE -> "d.status = 'SUBMITTED'";
            case PROCESS -> "d.status in ('PROCESSING', 'PAUSED', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT') "
                    + "and d.step_role <> 'LEADER'";
            case APPROVE -> "d.status = 'PROCESSING' and d.step_role = 'LEADER'";
            case RETURN -> "d.status = 'RESOLVED'";
            case OVERDUE -> "d.status in ('PROCESSING', 'PAUSED', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', "
                    + "'RESOLVED') and " + Timeliness.overdueSql("d.step_due_at", ":now");
        };
    }

    private static RowMapper<WorklistItem> row(Instant now) {
        return (rs, n) -> {
            Timestamp stepDue = rs.getTimestamp("step_due_at");
            Timestamp due = rs.getTimestamp("due");
            Timestamp received = rs.getTimestamp("received_at");
            return new WorklistItem(rs.getString("code"), rs.getString("procedure_code"),
                    rs.getString("procedure_name"), rs.getString("applicant_name"),
                    DossierStatus.valueOf(rs.getString("status")), rs.getString("step_role"),
                    (Long) rs.getObject("step_agency_id", Long.class), (Long) rs.getObject("assignee_id", Long.class),
                    received == null ? null : received.toInstant(), stepDue == null ? null : stepDue.toInstant(),
                    due == null ? null : due.toInstant(), stepDue != null && Timeliness.overdue(stepDue.toInstant(), now));
        };
    }
}
