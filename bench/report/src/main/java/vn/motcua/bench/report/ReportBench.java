package vn.motcua.bench.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.counts.DayCountCompaction;
import vn.motcua.dossier.counts.DayCountMaintenance;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.reporting.ReportFilter;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.ResolutionReports;

/**
 * The resolution report on the bench database (bench/report/generate.sql): the application's own
 * {@link ResolutionReports}, from the day counts and by the direct query, for several quarters
 * province-wide and for one department and one commune; median of N runs after a warm-up, and the
 * check that both ways give the same numbers. Options: {@code --runs N} (15), {@code --rebuild}
 * (rebuild the day counts first, timed), {@code --check} (the consistency check, timed),
 * {@code --direct-runs N} (3: the direct query is slow at this size), {@code --schema-only} (migrate, then stop),
 * {@code --dashboard} (the leaders' dashboard instead, {@link DashboardTimes}).
 */
public final class ReportBench {

    static final Actor PROVINCE = new Actor(0, "bench", "Bench", Actor.Kind.OFFICER, null,
            Map.of(Role.MONITOR, AgencyScope.PROVINCE));

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        int runs = intOption(options, "--runs", 15);
        int directRuns = intOption(options, "--direct-runs", 3);
        System.setProperty("MOTCUA_DB_URL", env("MOTCUA_DB_URL", "jdbc:postgresql://127.0.0.1:5432/motcua_bench10m"));
        System.setProperty("MOTCUA_DB_USER", env("MOTCUA_DB_USER", "postgres"));
        System.setProperty("MOTCUA_DB_PASSWORD", env("MOTCUA_DB_PASSWORD", ""));
        System.setProperty("MOTCUA_ADMIN_PASSWORD", env("MOTCUA_ADMIN_PASSWORD", "Bench@Report-2026"));
        System.setProperty("MOTCUA_DEMO", "false");
        System.setProperty("server.port", "0");
        int status = 0;
        long boot = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplication(MotcuaApplication.class).run()) {
            System.out.printf("report bench: context (and migrations) in %.1f s%n", (System.nanoTime() - boot) / 1e9);
            status = options.contains("--schema-only") ? 0
                    : options.contains("--dashboard") ? new DashboardTimes(ctx).run(runs)
                    : new ReportBench(ctx).run(runs, directRuns, options.contains("--rebuild"), options.contains("--check"));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private final ConfigurableApplicationContext ctx;
    private final ResolutionReports reports;
    private final ZoneId zone;

    ReportBench(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.reports = ctx.getBean(ResolutionReports.class);
        this.zone = ctx.getBean(BusinessZone.class).zone();
    }

    int run(int runs, int directRuns, boolean rebuild, boolean check) {
        var maintenance = ctx.getBean(DayCountMaintenance.class);
        if (rebuild) {
            long t = System.nanoTime();
            int rows = maintenance.rebuild();
            System.out.printf("rebuild: %d day rows in %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
        }
        long t = System.nanoTime();
        int folded = ctx.getBean(DayCountCompaction.class).compact();
        System.out.printf("compaction: %d ledger rows folded in %.2f s%n", folded, (System.nanoTime() - t) / 1e9);
        if (check) {
            t = System.nanoTime();
            var differences = maintenance.check(10);
            System.out.printf("consistency check: %d differing rows in %.1f s%n", differences.size(),
                    (System.nanoTime() - t) / 1e9);
        }
        LocalDate today = LocalDate.now(zone);
        LocalDate lastQuarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
                .minusMonths(3);
        List<ReportPeriod> quarters = new ArrayList<>();
        for (int back : new int[] { 0, 2, 5, 9 }) {
            LocalDate from = lastQuarter.minusMonths(3L * back);
            quarters.add(ReportPeriod.of(from, from.plusMonths(3).minusDays(1), zone));
        }
        ReportPeriod thisQuarter = ReportPeriod.of(lastQuarter.plusMonths(3), today, zone);
        quarters.add(thisQuarter);
        int mismatches = 0;
        System.out.printf("%-34s %12s %12s %12s %10s %s%n", "report", "day counts", "(fastest)", "direct", "ratio",
                "equal");
        for (ReportPeriod q : quarters) {
            mismatches += row("province " + q.from() + ".." + q.to(), q, ReportFilter.ALL, runs, directRuns);
        }
        for (String agency : new String[] { "BR-SO01", "BR-XA050" }) {
            mismatches += row(agency + " " + quarters.get(0).from() + ".." + quarters.get(0).to(), quarters.get(0),
                    new ReportFilter(null, agency, null, null, null, null), runs, directRuns);
        }
        ReportPeriod year = ReportPeriod.of(today.minusYears(1), today, zone);
        mismatches += row("province last 12 months", year, ReportFilter.ALL, runs, directRuns);
        System.out.println(mismatches == 0 ? "all reports equal" : mismatches + " REPORTS DIFFER");
        return mismatches == 0 ? 0 : 2;
    }

    private int row(String name, ReportPeriod period, ReportFilter filter, int runs, int directRuns) {
        ResolutionReport fast = reports.report(PROVINCE, period, filter);
        ResolutionReport direct = reports.directReport(PROVINCE, period, filter);
        double[] fastMs = times(() -> reports.report(PROVINCE, period, filter), runs, 10);
        double[] directMs = times(() -> reports.directReport(PROVINCE, period, filter), directRuns, 0);
        boolean equal = fast.equals(direct);
        System.out.printf("%-34s %9.2f ms %9.2f ms %9.1f ms %9.0fx %s (to handle %d, rows %d)%n", name,
                median(fastMs), fastMs[0], median(directMs), median(directMs) / median(fastMs), equal ? "yes" : "NO",
                fast.totals().toHandle(), fast.rows().size());
        return equal ? 0 : 1;
    }

    /** Wall times in ms of {@code runs} calls after {@code warmups} more (and the one of the comparison), sorted. */
    private static double[] times(Supplier<?> call, int runs, int warmups) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] ms) {
        int n = ms.length;
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }

    private static int intOption(List<String> options, String name, int fallback) {
        int i = options.indexOf(name);
        return i < 0 || i + 1 >= options.size() ? fallback : Integer.parseInt(options.get(i + 1));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
