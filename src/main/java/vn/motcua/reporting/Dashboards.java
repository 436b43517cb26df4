package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;

/**
 * The leaders' dashboard: tiles for today, this month and this quarter taken from the resolution
 * report itself (so a tile and the report cannot disagree), the dossiers overdue now, and the data of
 * its charts — received per day by channel, on-time rate per month (each month a report), overdue
 * now per agency. Everything within the actor's report scope (see {@link ReportScope}).
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** The longest period of the daily chart and of the late analysis. */
    public static final int MAX_DAYS = 366;
    /** The months of the on-time chart, the current one last. */
    public static final int MONTHS = 12;

    public enum TileKind { TODAY, MONTH, QUARTER }

    public record Tile(TileKind kind, LocalDate from, LocalDate to, long received, long resolved,
            BigDecimal onTimeRate) {
    }

    public record DayCount(LocalDate date, long online, long direct, long postal) {
    }

    public record MonthRate(YearMonth month, LocalDate from, LocalDate to, long resolved, long onTime,
            BigDecimal onTimeRate) {
    }

    public record Dashboard(LocalDate today, List<Tile> tiles, long overdueNow, LocalDate from, LocalDate to,
            List<DayCount> receivedByDay, List<MonthRate> onTimeByMonth, List<OverdueNow.AgencyCount> overdueByAgency) {
    }

    private final ResolutionReports reports;
    private final OverdueNow overdue;
    private final ReportScope scope;
    private final JdbcClient jdbc;
    private final BusinessZone zone;
    private final Clock clock;
    private final Agencies agencyDirectory;
    private final DayCountReports dayCounts;

    Dashboards(ResolutionReports reports, OverdueNow overdue, ReportScope scope, JdbcClient jdbc, BusinessZone zone,
            Clock clock, Agencies agencyDirectory, DayCountReports dayCounts) {
        this.agencyDirectory = agencyDirectory;
        this.dayCounts = dayCounts;
        this.reports = reports;
        this.overdue = overdue;
        this.scope = scope;
        this.jdbc = jdbc;
        this.zone = zone;
        this.clock = clock;
    }

    /** The active agencies the actor may choose in the dashboard's filter, by name. */
    public List<AgencyRef> agencies(Actor actor) {
        var reach = ReportScope.reach(actor);
        return agencyDirectory.all().stream().filter(a -> a.active() && reach.covers(a.id()))
                .sorted(Comparator.comparing(AgencyRef::name)).toList();
    }

    /** Today in the business zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    /** The dashboard for {@code agency} (null = the whole scope); {@code days} is the daily chart's period. */
    public Dashboard of(Actor actor, String agency, ReportPeriod days) {
        ReportFilter filter = new ReportFilter(null, agency, null, null, null, null);
        LocalDate today = today();
        LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        List<Tile> tiles = List.of(tile(actor, filter, TileKind.TODAY, today, today),
                tile(actor, filter, TileKind.MONTH, today.withDayOfMonth(1), today),
                tile(actor, filter, TileKind.QUARTER, quarter, today));
        List<MonthRate> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth month = YearMonth.from(today).minusMonths(i);
            LocalDate to = i == 0 ? today : month.atEndOfMonth();
            ResolutionCounts c = reports.report(actor, period(month.atDay(1), to), filter).totals();
            months.add(new MonthRate(month, month.atDay(1), to, c.resolved(),
                    c.resolvedEarly() + c.resolvedOnTime(), c.onTimeRate()));
        }
        List<OverdueNow.AgencyCount> byAgency = overdue.byAgency(actor, agency);
        return new Dashboard(today, tiles, byAgency.stream().mapToLong(OverdueNow.AgencyCount::overdue).sum(),
                days.from(), days.to(), receivedByDay(actor, days, filter), months, byAgency);
    }

    private Tile tile(Actor actor, ReportFilter filter, TileKind kind, LocalDate from, LocalDate to) {
        ResolutionCounts c = reports.report(actor, period(from, to), filter).totals();
        return new Tile(kind, from, to, c.received(), c.resolved(), c.onTimeRate());
    }

    /**
     * The report's {@code received} of each day of the period by channel, days without any included:
     * from the day counts when they serve the filter (as the report does), else by {@link #directReceivedByDay}.
     */
    List<DayCount> receivedByDay(Actor actor, ReportPeriod period, ReportFilter filter) {
        if (!dayCounts.serves(period, filter)) {
            return directReceivedByDay(actor, period, filter);
        }
        return everyDay(period, dayCounts.receivedByDay(period, scope.agencies(actor, filter.agency()), filter.level()));
    }

    /** The same by the direct query over the dossier rows, whatever the filter: the reference. */
    List<DayCount> directReceivedByDay(Actor actor, ReportPeriod period, ReportFilter filter) {
        Criteria criteria = Criteria.of(period, filter, scope.agencies(actor, filter.agency()), null);
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("""
                select t.n, t.channel, count(*) as c
                from (select %s as n, d.channel from dossier d where %s and %s) t
                group by t.n, t.channel
                """.formatted(Cell.localDay("d.received_at"), criteria.where(), Cell.RECEIVED.condition()))
                .params(criteria.params()).query(rs -> {
                    long[] day = counts.computeIfAbsent(rs.getLong("n"), n -> new long[3]);
                    int i = switch (rs.getString("channel")) {
                        case "ONLINE" -> 0;
                        case "DIRECT" -> 1;
                        default -> 2;
                    };
                    day[i] += rs.getLong("c");
                });
        return everyDay(period, counts);
    }

    private static List<DayCount> everyDay(ReportPeriod period, Map<Long, long[]> counts) {
        List<DayCount> days = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            long[] c = counts.getOrDefault(d.toEpochDay(), new long[3]);
            days.add(new DayCount(d, c[0], c[1], c[2]));
        }
        return days;
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.of(from, to, zone.zone());
    }
}
