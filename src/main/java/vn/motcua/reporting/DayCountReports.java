package vn.motcua.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DayCounts;
import vn.motcua.organization.AdministrativeLevel;

/**
 * The resolution report's rows from the dossier module's day counts instead of the dossier rows
 * (docs/reporting.md, "Day counts"): one statement over summary + ledger, so one snapshot and exact.
 * For a period {@code [F, T]} of local days: receipts, resolutions and withdrawals are the sums of the
 * days {@code F..T}; carried over is receipts minus closes before {@code F}; in progress is receipts
 * minus closes up to {@code T}; overdue is passed dues minus their closes up to {@code T}. The history
 * before {@code F} comes mostly from spans of 32 days ({@link DayCounts#forPeriod}).
 * Serves the report without filters or with the agency and level filters only.
 */
@Component
class DayCountReports {

    private static final String SQL = """
            select a.code, a.name, a.level, s.* from (
                select x.agency_id,
                    sum(case when x.epoch_day >= :first then x.received_online else 0 end) as received_online,
                    sum(case when x.epoch_day >= :first then x.received_direct else 0 end) as received_direct,
                    sum(case when x.epoch_day >= :first then x.received_postal else 0 end) as received_postal,
                    sum(case when x.epoch_day < :first
                        then x.received_online + x.received_direct + x.received_postal - x.closed else 0 end) as carried,
                    sum(case when x.epoch_day >= :first then x.resolved_early else 0 end) as resolved_early,
                    sum(case when x.epoch_day >= :first then x.resolved_on_time else 0 end) as resolved_on_time,
                    sum(case when x.epoch_day >= :first then x.resolved_late else 0 end) as resolved_late,
                    sum(case when x.epoch_day >= :first then x.withdrawn else 0 end) as withdrawn,
                    sum(x.received_online + x.received_direct + x.received_postal - x.closed) as open_at_end,
                    sum(x.due_passed - x.due_passed_closed) as overdue_at_end
                from (%s) x
                where 1 = 1 %s
                group by x.agency_id
            ) s join agency a on a.id = s.agency_id
            """;

    private static final String BY_DAY = """
            select x.epoch_day, sum(x.received_online) as received_online, sum(x.received_direct) as received_direct,
                sum(x.received_postal) as received_postal
            from (%s) x
            where x.epoch_day >= :first %s
            group by x.epoch_day
            having sum(x.received_online + x.received_direct + x.received_postal) <> 0
            """;

    private final JdbcClient jdbc;
    private final DayCounts counts;
    private final boolean enabled;

    DayCountReports(JdbcClient jdbc, DayCounts counts,
            @Value("${motcua.reporting.day-counts:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.enabled = enabled;
    }

    /**
     * Whether this serves the report: only when the filter has no part but agency and level (a part
     * added to {@link ReportFilter} later falls back to the direct query by default).
     */
    boolean serves(ReportPeriod period, ReportFilter filter) {
        return enabled && filter.equals(filter.withOnlyAgencyAndLevel()) && counts.usableWith(period.offsetSeconds());
    }

    /** The rows (agencies with something to handle), agencies null meaning the whole province. */
    List<ResolutionReport.Row> rows(ReportPeriod period, Set<Long> agencies, AdministrativeLevel level) {
        Map<String, Object> params = new HashMap<>();
        String where = where(period, agencies, level, params);
        DayCounts.Rows source = counts.forPeriod(period.from(), period.to());
        params.putAll(source.params());
        return jdbc.sql(SQL.formatted(source.sql(), where)).params(params).query((rs, n) -> {
            long online = rs.getLong("received_online");
            long direct = rs.getLong("received_direct");
            long postal = rs.getLong("received_postal");
            long carried = rs.getLong("carried");
            long early = rs.getLong("resolved_early");
            long onTime = rs.getLong("resolved_on_time");
            long late = rs.getLong("resolved_late");
            long open = rs.getLong("open_at_end");
            long overdue = rs.getLong("overdue_at_end");
            long received = online + direct + postal;
            long[] c = { received, online, direct, postal, carried, carried + received, early + onTime + late, early,
                    onTime, late, rs.getLong("withdrawn"), open, open - overdue, overdue };
            return new ResolutionReport.Row(rs.getString("code"), rs.getString("name"),
                    AdministrativeLevel.valueOf(rs.getString("level")), ResolutionCounts.of(c));
        }).list().stream().filter(r -> r.counts().toHandle() > 0).toList();
    }

    /**
     * Received per local day of the period by channel ({@code [online, direct, postal]} by days since
     * 1970-01-01, days without any absent): the same rows and filters as {@link #rows}, one statement.
     * The whole spans before the period (dated before its first day) are excluded by the day condition.
     */
    Map<Long, long[]> receivedByDay(ReportPeriod period, Set<Long> agencies, AdministrativeLevel level) {
        Map<String, Object> params = new HashMap<>();
        String where = where(period, agencies, level, params);
        Map<Long, long[]> days = new HashMap<>();
        DayCounts.Rows source = counts.forPeriod(period.from(), period.to());
        params.putAll(source.params());
        jdbc.sql(BY_DAY.formatted(source.sql(), where)).params(params).query(rs -> {
            days.put(rs.getLong("epoch_day"), new long[] { rs.getLong("received_online"),
                    rs.getLong("received_direct"), rs.getLong("received_postal") });
        });
        return days;
    }

    private static String where(ReportPeriod period, Set<Long> agencies, AdministrativeLevel level,
            Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        params.put("first", period.from().toEpochDay());
        if (agencies != null) {
            where.append(agencies.isEmpty() ? " and 1 = 0" : " and x.agency_id in (:agencies)");
            params.put("agencies", List.copyOf(agencies));
        }
        if (level != null) {
            where.append(" and x.level = :level");
            params.put("level", level.name());
        }
        return where.toString();
    }
}
