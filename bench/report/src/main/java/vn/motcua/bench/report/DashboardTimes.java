package vn.motcua.bench.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.platform.time.BusinessZone;
import vn.motcua.reporting.Dashboards;
import vn.motcua.reporting.ReportPeriod;

/**
 * The leaders' dashboard on the bench database ({@code --dashboard}): the application's own
 * {@link Dashboards#of} (tiles, overdue now, the three charts) for the default 30 days, province-wide
 * and for one department and one commune; median and fastest of N runs after a warm-up. Uses only
 * the dashboard's public API, so the same class times an older build of the application.
 */
final class DashboardTimes {

    private final Dashboards dashboards;
    private final ZoneId zone;

    DashboardTimes(ConfigurableApplicationContext ctx) {
        this.dashboards = ctx.getBean(Dashboards.class);
        this.zone = ctx.getBean(BusinessZone.class).zone();
    }

    int run(int runs) {
        LocalDate today = dashboards.today();
        ReportPeriod days = ReportPeriod.of(today.minusDays(29), today, zone);
        System.out.printf("%-34s %12s %12s%n", "dashboard (30 days)", "median", "(fastest)");
        for (String agency : new String[] { null, "BR-SO01", "BR-XA050" }) {
            dashboards.of(ReportBench.PROVINCE, agency, days);
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                dashboards.of(ReportBench.PROVINCE, agency, days);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
            System.out.printf("%-34s %9.1f ms %9.1f ms%n", agency == null ? "province" : agency, median, ms[0]);
        }
        return 0;
    }
}
