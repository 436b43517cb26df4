package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.counts.DayCountCompaction;
import vn.motcua.dossier.counts.DayCountMaintenance;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day counts over the whole database (every test's dossiers): the province-wide report from them
 * equals the direct query, before and after compaction and after a rebuild, and the consistency check
 * finds nothing — every writer of dossier rows kept them exact.
 */
@IntegrationTest
class DayCountsExactnessTest {

    @Autowired
    ResolutionReports reports;
    @Autowired
    DayCountCompaction compaction;
    @Autowired
    DayCountMaintenance maintenance;
    @Autowired
    BusinessZone businessZone;
    @Autowired
    DayCountReports dayCounts;
    @Autowired
    ReportFixtures fixtures;

    @Test
    void theProvinceReportFromTheDayCountsEqualsTheDirectQueryBeforeAndAfterCompactionAndRebuild() {
        long seed = Long.getLong("report.seed", System.nanoTime());
        Random random = new Random(seed);
        ZoneId zone = businessZone.zone();
        // Dossiers of its own, besides whatever other tests left (this test holds for the whole database).
        String run = vn.motcua.support.TestData.unique("X");
        var fx = fixtures;
        var agencies = List.of(fx.agency("Sở " + run, AdministrativeLevel.PROVINCE, null),
                fx.agency("Xã " + run, AdministrativeLevel.COMMUNE, null));
        fx.insert(new RandomDossiers(random, zone, LocalDate.of(2023, 1, 1)).dossiers(300, run, agencies));
        List<ReportPeriod> periods = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LocalDate from = LocalDate.of(2022, 10, 1).plusDays(random.nextInt(420));
            periods.add(ReportPeriod.of(from, from.plusDays(random.nextInt(120)), zone));
        }
        periods.add(ReportPeriod.of(LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31), zone));
        assertThat(dayCounts.serves(periods.get(0), ReportFilter.ALL)).as("the day counts serve this report").isTrue();
        assertThat(dayCounts.serves(periods.get(0), new ReportFilter(null, null, "P", null, null, null))).isFalse();
        List<ResolutionReport> before = compareAll(periods, "seed " + seed);
        assertThat(maintenance.check(10)).as("consistency check before compaction").isEmpty();

        compaction.compact();
        assertThat(compareAll(periods, "seed " + seed + " compacted")).isEqualTo(before);
        assertThat(maintenance.check(10)).as("consistency check after compaction").isEmpty();

        maintenance.rebuild();
        assertThat(maintenance.check(10)).as("consistency check after the rebuild").isEmpty();
        assertThat(compareAll(periods, "seed " + seed + " rebuilt")).as("rebuilt = incrementally maintained")
                .isEqualTo(before);
    }

    private List<ResolutionReport> compareAll(List<ReportPeriod> periods, String context) {
        List<ResolutionReport> found = new ArrayList<>();
        for (ReportPeriod period : periods) {
            for (AdministrativeLevel level : new AdministrativeLevel[] { null, AdministrativeLevel.COMMUNE }) {
                ReportFilter filter = new ReportFilter(level, null, null, null, null, null);
                ResolutionReport report = reports.report(ResolutionDifferentialTest.PROVINCE, period, filter);
                assertThat(report).as("%s, %s..%s, %s", context, period.from(), period.to(), level)
                        .isEqualTo(reports.directReport(ResolutionDifferentialTest.PROVINCE, period, filter));
                found.add(report);
            }
        }
        return found;
    }
}
