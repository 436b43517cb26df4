package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.counts.DayCountCompaction;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per boundary of the definitions (DESIGN.md §5), each in an agency of its own. */
@IntegrationTest
class ResolutionBoundaryTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    @Autowired
    DayCountLedger ledger;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ResolutionReports reports;
    @Autowired
    DayCountCompaction compaction;

    ReportFixtures.Agency agency;
    List<ReportFixtures.Seed> seeds = new ArrayList<>();

    @BeforeEach
    void agency() {
        agency = fixtures.agency("Cơ quan biên " + TestData.unique("B"),
                AdministrativeLevel.COMMUNE, null);
    }

    @Test
    void aDossierReceivedAt2359OnTheLastDayIsReceivedInThePeriodAndCarriedOverInTheNext() {
        dossier("PROCESSING", at("2022-03-31T23:59"), at("2022-04-10T17:00"), null);
        dossier("PROCESSING", at("2022-04-01T00:00"), at("2022-04-10T17:00"), null);
        ResolutionCounts march = counts("2022-03-01", "2022-03-31");
        assertThat(march.received()).isEqualTo(1);
        assertThat(march.inProgressWithinTime()).isEqualTo(1);
        ResolutionCounts april = counts("2022-04-01", "2022-04-30");
        assertThat(april.received()).isEqualTo(1);
        assertThat(april.carriedOver()).isEqualTo(1);
        assertThat(april.toHandle()).isEqualTo(2);
    }

    @Test
    void finishedExactlyAtTheDueInstantIsOnTime() {
        dossier("RESOLVED", at("2022-03-01T08:00"), at("2022-03-15T17:00"), at("2022-03-15T17:00"));
        assertThat(counts("2022-03-01", "2022-03-31")).satisfies(c -> {
            assertThat(c.resolvedOnTime()).isEqualTo(1);
            assertThat(c.resolvedEarly() + c.resolvedLate()).isZero();
            assertThat(c.onTimeRate()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void finishedOnTheDueDateBeforeTheDueInstantIsOnTimeTheDayBeforeIsEarlyASecondAfterIsLate() {
        dossier("RESOLVED", at("2022-03-01T08:00"), at("2022-03-15T17:00"), at("2022-03-15T00:00"));
        dossier("RETURNED", at("2022-03-01T08:00"), at("2022-03-15T17:00"), at("2022-03-14T23:59:59"));
        dossier("RESOLVED", at("2022-03-01T08:00"), at("2022-03-15T17:00"), at("2022-03-15T17:00:01"));
        ResolutionCounts c = counts("2022-03-01", "2022-03-31");
        assertThat(c.resolvedOnTime()).isEqualTo(1);
        assertThat(c.resolvedEarly()).isEqualTo(1);
        assertThat(c.resolvedLate()).isEqualTo(1);
        assertThat(c.onTimeRate()).isEqualByComparingTo("66.67");
    }

    @Test
    void aDossierCarriedOverAcrossTwoPeriodsCountsInEachAndIsResolvedLateInTheThird() {
        dossier("RESOLVED", at("2022-01-20T09:00"), at("2022-02-10T17:00"), at("2022-04-05T10:00"));
        for (String[] month : new String[][] { { "2022-02-01", "2022-02-28" }, { "2022-03-01", "2022-03-31" } }) {
            ResolutionCounts c = counts(month[0], month[1]);
            assertThat(c.carriedOver()).isEqualTo(1);
            assertThat(c.received()).isZero();
            assertThat(c.inProgressOverdue()).isEqualTo(1);
        }
        ResolutionCounts april = counts("2022-04-01", "2022-04-30");
        assertThat(april.carriedOver()).isEqualTo(1);
        assertThat(april.resolvedLate()).isEqualTo(1);
        assertThat(counts("2022-05-01", "2022-05-31").toHandle()).isZero();
    }

    @Test
    void aDossierWithdrawnInThePeriodIsToHandleAndWithdrawnNotResolved() {
        dossier("WITHDRAWN", at("2022-02-25T09:00"), at("2022-03-20T17:00"), at("2022-03-02T10:00"));
        dossier("STOPPED", at("2022-03-03T09:00"), at("2022-03-20T17:00"), at("2022-03-04T10:00"));
        ResolutionCounts march = counts("2022-03-01", "2022-03-31");
        assertThat(march.toHandle()).isEqualTo(2);
        assertThat(march.withdrawn()).isEqualTo(2);
        assertThat(march.resolved()).isZero();
        assertThat(march.inProgress()).isZero();
        assertThat(march.onTimeRate()).isNull();
        ResolutionCounts february = counts("2022-02-01", "2022-02-28");
        assertThat(february.received()).isEqualTo(1);
        assertThat(february.inProgressWithinTime()).isEqualTo(1);
    }

    @Test
    void inProgressWithTheDueInstantExactlyAtTheEndOfThePeriodIsWithinTimeASecondEarlierOverdue() {
        dossier("PROCESSING", at("2022-03-10T09:00"), at("2022-04-01T00:00"), null);
        dossier("PAUSED", at("2022-03-10T09:00"), at("2022-03-31T23:59:59"), null);
        dossier("RESOLVED", at("2022-03-10T09:00"), at("2022-03-20T17:00"), at("2022-04-01T00:00"));
        ResolutionCounts c = counts("2022-03-01", "2022-03-31");
        assertThat(c.inProgress()).isEqualTo(3);
        assertThat(c.inProgressWithinTime()).isEqualTo(1);
        assertThat(c.inProgressOverdue()).isEqualTo(2);
    }

    @Test
    void dossiersNeverReceivedNeverCount() {
        dossier("SUBMITTED", null, null, null);
        dossier("INTAKE_REFUSED", null, null, at("2022-03-05T10:00"));
        dossier("WITHDRAWN", null, null, at("2022-03-05T10:00"));
        dossier("SUPPLEMENT_REQUESTED", null, null, null);
        assertThat(counts("2022-01-01", "2022-12-31")).isEqualTo(ResolutionCounts.ZERO);
    }

    private void dossier(String status, Instant received, Instant due, Instant finished) {
        seeds.add(new ReportFixtures.Seed(TestData.unique("D"), agency.id(), agency.code(), "COMMUNE", "P", null,
                "PARTIAL", "DIRECT", status, received, due, finished));
    }

    private ResolutionCounts counts(String from, String to) {
        if (!seeds.isEmpty()) {
            fixtures.insert(seeds);
            seeds.clear();
            compaction.compact(); // the day counts from the summaries (the differential test reads the ledger too)
        }
        ReportPeriod period = ReportPeriod.of(LocalDate.parse(from), LocalDate.parse(to), HANOI);
        ReportFilter filter = new ReportFilter(null, agency.code(), null, null, null, null);
        ResolutionReport report = reports.report(ResolutionDifferentialTest.PROVINCE, period, filter);
        ResolutionDifferentialTest.checkIdentities(report.totals(), from);
        // The day counts (report) and the direct query agree on every boundary.
        assertThat(report).isEqualTo(reports.directReport(ResolutionDifferentialTest.PROVINCE, period, filter));
        return report.totals();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }
}
