package vn.motcua.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-node cache of the late analysis: the same scope and period give the analysis computed first
 * (with its computation instant) while it is kept; another period, another agency or no cache compute
 * anew at the clock's instant.
 */
@IntegrationTest
class LateAnalysisCacheTest {

    @Autowired
    Dossiers dossiers;
    @Autowired
    ReportScope scope;
    @Autowired
    Agencies agencies;
    @Autowired
    TestClock clock;
    @Autowired
    BusinessZone zone;
    @Autowired
    TestData data;
    @Autowired
    LateAnalyses uncached;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAnalysisIsKeptPerScopeAndPeriodWithItsComputationInstant() {
        LateAnalyses cached = new LateAnalyses(dossiers, scope, agencies, clock, Duration.ofMinutes(5));
        String agency = data.agencyCode(data.agency("Sở thử bộ nhớ đệm " + TestData.unique("C"), null));
        ReportPeriod march = ReportPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), zone.zone());
        ReportPeriod april = ReportPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), zone.zone());
        Instant first = Instant.parse("2026-11-24T02:00:00Z");
        clock.set(first);
        var province = cached.of(ResolutionDifferentialTest.PROVINCE, march, null);
        assertThat(province.computedAt()).isEqualTo(first);

        clock.advance(Duration.ofMinutes(2));
        assertThat(cached.of(ResolutionDifferentialTest.PROVINCE, march, null)).as("kept").isSameAs(province);
        assertThat(cached.of(ResolutionDifferentialTest.PROVINCE, april, null).computedAt()).as("another period")
                .isEqualTo(clock.instant());
        assertThat(cached.of(ResolutionDifferentialTest.PROVINCE, march, agency).computedAt()).as("another agency")
                .isEqualTo(clock.instant());
        assertThat(uncached.of(ResolutionDifferentialTest.PROVINCE, march, null).computedAt())
                .as("the test profile keeps nothing").isEqualTo(clock.instant());
    }
}
