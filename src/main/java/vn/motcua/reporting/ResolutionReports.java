package vn.motcua.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/**
 * The resolution report, counted by one grouped query over the {@code dossier} table straight from
 * the definitions of DESIGN.md §5 (the reference), or for the unfiltered and agency / level reports
 * from the dossier module's day counts ({@link DayCountReports}, equal by test); and the list of
 * dossiers behind any of its numbers, selected by the same conditions ({@link Cell}).
 */
@Service
@Transactional(readOnly = true)
public class ResolutionReports {

    private static final String SUMS = Arrays.stream(Cell.values())
            .map(c -> "sum(case when " + c.condition() + " then 1 else 0 end) as c" + c.ordinal())
            .collect(Collectors.joining(",\n    "));

    private final JdbcClient jdbc;
    private final ReportScope scope;
    private final DayCountReports dayCounts;

    ResolutionReports(JdbcClient jdbc, ReportScope scope, DayCountReports dayCounts) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.dayCounts = dayCounts;
    }

    /** The report, from the day counts when they serve its filter, else by the direct query. */
    public ResolutionReport report(Actor actor, ReportPeriod period, ReportFilter filter) {
        Set<Long> agencies = scope.agencies(actor, filter.agency());
        if (dayCounts.serves(period, filter)) {
            return assemble(period, dayCounts.rows(period, agencies, filter.level()));
        }
        return assemble(period, directRows(filtered(actor, period, filter, agencies)));
    }

    /** The report by the direct query over the dossier rows, whatever the filter: the reference. */
    public ResolutionReport directReport(Actor actor, ReportPeriod period, ReportFilter filter) {
        Set<Long> agencies = scope.agencies(actor, filter.agency());
        return assemble(period, directRows(filtered(actor, period, filter, agencies)));
    }

    /**
     * The whole province's report with no filter and no actor, for the public statistics: nothing in it
     * names a person, and no drill-down goes with it.
     */
    public ResolutionReport provinceWide(ReportPeriod period) {
        return assemble(period, dayCounts.serves(period, ReportFilter.ALL) ? dayCounts.rows(period, null, null)
                : directRows(Criteria.of(period, ReportFilter.ALL, null, null)));
    }

    private Criteria filtered(Actor actor, ReportPeriod period, ReportFilter filter, Set<Long> agencies) {
        return Criteria.of(period, filter, agencies, null, scope.desk(actor, filter.desk()));
    }

    private List<ResolutionReport.Row> directRows(Criteria criteria) {
        return jdbc.sql("""
                select a.code, a.name, a.level,
                    %s
                from dossier d join agency a on a.id = d.resolving_agency_id
                where %s
                group by a.id, a.code, a.name, a.level
                """.formatted(SUMS, criteria.where())).params(criteria.params()).query(ResolutionReports::row).list();
    }

    private static ResolutionReport assemble(ReportPeriod period, List<ResolutionReport.Row> found) {
        List<ResolutionReport.Row> rows = new ArrayList<>(found);
        rows.sort(Comparator.comparing((ResolutionReport.Row r) -> r.level().ordinal())
                .thenComparing(ResolutionReport.Row::agencyName).thenComparing(ResolutionReport.Row::agencyCode));
        ResolutionCounts totals = rows.stream().map(ResolutionReport.Row::counts)
                .reduce(ResolutionCounts.ZERO, ResolutionCounts::plus);
        return new ResolutionReport(period.from(), period.to(), totals, List.copyOf(rows));
    }

    /** The dossiers counted in {@code cell}, for the whole report or one row ({@code rowAgency} not null). */
    public PageResult<DossierLine> dossiers(Actor actor, ReportPeriod period, ReportFilter filter, String rowAgency,
            Cell cell, PageRequest page) {
        Set<Long> agencies = scope.agencies(actor, filter.agency());
        Long row = rowAgency == null || rowAgency.isBlank() ? null : scope.row(actor, rowAgency);
        Criteria criteria = Criteria.of(period, filter, agencies, row, scope.desk(actor, filter.desk()));
        String where = criteria.where() + " and " + cell.condition();
        long total = jdbc.sql("select count(*) from dossier d where " + where).params(criteria.params())
                .query(Long.class).single();
        Map<String, Object> params = new HashMap<>(criteria.params());
        // Not "offset": the criteria use that name for the zone's offset in seconds.
        params.put("pageLimit", page.size());
        params.put("pageOffset", page.offset());
        List<DossierLine> items = jdbc.sql("""
                select d.code, d.procedure_code, d.procedure_name, d.status, d.channel, a.code as agency_code,
                    a.name as agency_name, d.received_at, d.due_at, d.finished_at
                from dossier d join agency a on a.id = d.resolving_agency_id
                where %s
                order by d.received_at, d.id limit :pageLimit offset :pageOffset
                """.formatted(where)).params(params).query((rs, n) -> new DossierLine(rs.getString("code"),
                        rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("status"),
                        rs.getString("channel"), rs.getString("agency_code"), rs.getString("agency_name"),
                        instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "finished_at")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static ResolutionReport.Row row(ResultSet rs, int n) throws SQLException {
        long[] counts = new long[Cell.values().length];
        for (Cell cell : Cell.values()) {
            counts[cell.ordinal()] = rs.getLong("c" + cell.ordinal());
        }
        return new ResolutionReport.Row(rs.getString("code"), rs.getString("name"),
                AdministrativeLevel.valueOf(rs.getString("level")), ResolutionCounts.of(counts));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
