package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.counts.DayCountCompaction;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's "received per day by channel" from the day counts equals the direct query over the
 * dossier rows (the reference), for random dossiers and periods, province-wide and for one agency,
 * before compaction (ledger rows) and after it (folded rows).
 */
@IntegrationTest
class DashboardDayCountsTest {

    @Autowired
    Dashboards dashboards;
    @Autowired
    DayCountReports dayCounts;
    @Autowired
    DayCountCompaction compaction;
    @Autowired
    BusinessZone businessZone;
    @Autowired
    ReportFixtures fixtures;

    @Test
    void receivedPerDayFromTheDayCountsEqualsTheDirectQueryBeforeAndAfterCompaction() {
        long seed = Long.getLong("report.seed", System.nanoTime());
        Random random = new Random(seed);
        ZoneId zone = businessZone.zone();
        String run = TestData.unique("DD");
        var agencies = List.of(fixtures.agency("Sở " + run, AdministrativeLevel.PROVINCE, null),
                fixtures.agency("Xã " + run, AdministrativeLevel.COMMUNE, null));
        fixtures.insert(new RandomDossiers(random, zone, LocalDate.of(2023, 1, 1)).dossiers(300, run, agencies));
        List<ReportPeriod> periods = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate from = LocalDate.of(2022, 12, 1).plusDays(random.nextInt(400));
            periods.add(ReportPeriod.of(from, from.plusDays(random.nextInt(90)), zone));
        }
        List<ReportFilter> filters = List.of(ReportFilter.ALL,
                new ReportFilter(null, agencies.get(1).code(), null, null, null, null));
        assertThat(dayCounts.serves(periods.get(0), filters.get(1))).as("the day counts serve the dashboard").isTrue();

        List<List<Dashboards.DayCount>> before = compareAll(periods, filters, "seed " + seed);
        assertThat(before.stream().flatMap(List::stream).mapToLong(d -> d.online() + d.direct() + d.postal()).sum())
                .as("some receipts in the periods (seed %d)", seed).isPositive();
        compaction.compact();
        assertThat(compareAll(periods, filters, "seed " + seed + " compacted")).isEqualTo(before);
    }

    private List<List<Dashboards.DayCount>> compareAll(List<ReportPeriod> periods, List<ReportFilter> filters,
            String context) {
        List<List<Dashboards.DayCount>> found = new ArrayList<>();
        for (ReportPeriod period : periods) {
            for (ReportFilter filter : filters) {
                var fast = dashboards.receivedByDay(ResolutionDifferentialTest.PROVINCE, period, filter);
                assertThat(fast).as("%s, %s..%s, %s", context, period.from(), period.to(), filter.agency())
                        .isEqualTo(dashboards.directReceivedByDay(ResolutionDifferentialTest.PROVINCE, period, filter))
                        .hasSize((int) (period.to().toEpochDay() - period.from().toEpochDay()) + 1);
                found.add(fast);
            }
        }
        return found;
    }
}
