package vn.motcua.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Timeliness;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/**
 * The dossiers overdue now: received, not finished, and their due instant (the original one, as the
 * statistics keep it after an apology) already past at this instant. Unlike the report's cell
 * {@code inProgressOverdue}, judged at the end of its period, this looks at the clock.
 */
@Service
@Transactional(readOnly = true)
public class OverdueNow {

    /** Overdue dossiers of one resolving agency. */
    public record AgencyCount(String agencyCode, String agencyName, long overdue) {
    }

    private static final String OPEN_PAST_DUE = """
            d.received_at is not null and d.status <> 'INTAKE_REFUSED' and d.finished_at is null
              and """ + Timeliness.overdueSql("d.due_at", ":now");

    private final JdbcClient jdbc;
    private final ReportScope scope;
    private final Clock clock;

    OverdueNow(JdbcClient jdbc, ReportScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Per resolving agency within the actor's scope (and {@code agency}'s subtree when given), most first. */
    public List<AgencyCount> byAgency(Actor actor, String agency) {
        Map<String, Object> params = params(actor, agency, null);
        return jdbc.sql("""
                select a.code, a.name, count(*) as n
                from dossier d join agency a on a.id = d.resolving_agency_id
                where %s
                group by a.code, a.name
                order by n desc, a.name, a.code
                """.formatted(where(params))).params(params)
                .query((rs, n) -> new AgencyCount(rs.getString("code"), rs.getString("name"), rs.getLong("n")))
                .list();
    }

    /** The list behind the count, oldest due first; {@code row} narrows to one agency of the scope. */
    public PageResult<DossierLine> dossiers(Actor actor, String agency, String row, PageRequest page) {
        Map<String, Object> params = params(actor, agency, row);
        String where = where(params);
        long total = jdbc.sql("select count(*) from dossier d where " + where).params(params).query(Long.class)
                .single();
        params.put("pageLimit", page.size());
        params.put("pageOffset", page.offset());
        List<DossierLine> items = jdbc.sql("""
                select d.code, d.procedure_code, d.procedure_name, d.status, d.channel, a.code as agency_code,
                    a.name as agency_name, d.received_at, d.due_at
                from dossier d join agency a on a.id = d.resolving_agency_id
                where %s
                order by d.due_at, d.id limit :pageLimit offset :pageOffset
                """.formatted(where)).params(params).query((rs, n) -> new DossierLine(rs.getString("code"),
                        rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("status"),
                        rs.getString("channel"), rs.getString("agency_code"), rs.getString("agency_name"),
                        rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("due_at").toInstant(), null))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Map<String, Object> params(Actor actor, String agency, String row) {
        Set<Long> agencies = scope.agencies(actor, agency);
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        if (agencies != null) {
            params.put("agencies", List.copyOf(agencies));
        }
        if (row != null && !row.isBlank()) {
            params.put("row", scope.row(actor, row));
        }
        return params;
    }

    private static String where(Map<String, Object> params) {
        StringBuilder where = new StringBuilder(OPEN_PAST_DUE);
        if (params.containsKey("agencies")) {
            where.append(((List<?>) params.get("agencies")).isEmpty() ? " and 1 = 0"
                    : " and d.resolving_agency_id in (:agencies)");
        }
        if (params.containsKey("row")) {
            where.append(" and d.resolving_agency_id = :row");
        }
        return where.toString();
    }
}
