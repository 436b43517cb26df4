package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The late analysis on dossiers driven through the real lifecycle, the clock moved so that each step
 * takes a chosen number of working hours (the agency's calendar places the instants). The procedure
 * gives the appraisal 16 working hours and the approval 8.
 */
@IntegrationTest
class LateAnalysisTest {

    /** Working hours each dossier spends in the appraisal and in the approval. */
    static final long[] APPRAISAL = { 2, 6, 10, 18, 30 };
    static final long[] APPROVAL = { 1, 1, 4, 9, 12 };
    static final long APPRAISAL_SHARE = 16;
    static final long APPROVAL_SHARE = 8;
    /** Monday 02/03/2026 09:00 in Hà Nội. */
    static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    WorkingCalendars calendars;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachStepHasItsAveragePercentileAllotmentAndLatePassagesSortedByTimeLost() throws Exception {
        long agency = data.agency("Sở thử phân tích chậm muộn", null);
        String agencyCode = data.agencyCode(agency);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        String leader = data.officer(agency, Role.LEADER, agency);
        String procedure = DossierTestSupport.procedure(mvc, agencyCode);
        WorkingCalendar calendar = calendars.forAgency(agency);
        for (int i = 0; i < APPRAISAL.length; i++) {
            clock.set(RECEIVED);
            String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(DossierTestSupport.intake(procedure)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String code = JsonPath.read(body, "$.code");
            Instant forwarded = calendar.plusWorkingHours(RECEIVED, APPRAISAL[i]);
            clock.set(forwarded);
            act(specialist, code, "forward", "{}");
            clock.set(calendar.plusWorkingHours(forwarded, APPROVAL[i]));
            act(leader, code, "resolve", "{\"result\":\"APPROVED\"}");
        }

        String json = mvc.perform(get("/api/v1/reports/dashboard/late-analysis").param("from", "2026-03-01")
                .param("to", "2026-03-31").param("agency", agencyCode).with(httpBasic(leader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat((Integer) JsonPath.read(json, "$.passages")).isEqualTo(2 * APPRAISAL.length);
        List<Map<String, Object>> steps = JsonPath.read(json, "$.steps");
        assertThat(steps).extracting(s -> s.get("stepName")).containsExactly("Thẩm định", "Phê duyệt");
        expect(steps.get(0), APPRAISAL, APPRAISAL_SHARE);
        expect(steps.get(1), APPROVAL, APPROVAL_SHARE);
        List<Map<String, Object>> procedures = JsonPath.read(json, "$.procedures");
        assertThat(procedures).singleElement().satisfies(p -> {
            assertThat(p.get("procedureCode")).isEqualTo(procedure);
            assertThat(p.get("passages")).isEqualTo(2 * APPRAISAL.length);
            long lateDossiers = java.util.stream.IntStream.range(0, APPRAISAL.length)
                    .filter(i -> APPRAISAL[i] > APPRAISAL_SHARE || APPROVAL[i] > APPROVAL_SHARE).count();
            assertThat(p.get("lateDossiers")).isEqualTo((int) lateDossiers);
        });
        List<Map<String, Object>> agencies = JsonPath.read(json, "$.agencies");
        assertThat(agencies).singleElement().satisfies(a -> {
            assertThat(a.get("agencyCode")).isEqualTo(agencyCode);
            assertThat(hours(a.get("lostHours"))).isEqualByComparingTo(BigDecimal.valueOf(
                    lost(APPRAISAL, APPRAISAL_SHARE) + lost(APPROVAL, APPROVAL_SHARE)));
        });

        long otherAgency = data.agency("Sở khác", null);
        String outsider = data.officer(otherAgency, Role.LEADER, otherAgency);
        mvc.perform(get("/api/v1/reports/dashboard/late-analysis").param("from", "2026-03-01")
                .param("to", "2026-03-31").param("agency", agencyCode).with(httpBasic(outsider, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTimeTheClockWasStoppedInsideAStepIsNeitherWorkNorLateness() throws Exception {
        long agency = data.agency("Sở thử tạm dừng", null);
        String agencyCode = data.agencyCode(agency);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        String procedure = DossierTestSupport.procedure(mvc, agencyCode);
        WorkingCalendar calendar = calendars.forAgency(agency);
        long before = 10;
        long paused = 20;
        long after = 4;
        clock.set(RECEIVED);
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(DossierTestSupport.intake(procedure)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.code");
        Instant pausedAt = calendar.plusWorkingHours(RECEIVED, before);
        clock.set(pausedAt);
        act(specialist, code, "pause", "{\"note\":\"Chờ xác minh\"}");
        Instant resumedAt = calendar.plusWorkingHours(pausedAt, paused);
        clock.set(resumedAt);
        act(specialist, code, "resume", "{}");
        clock.set(calendar.plusWorkingHours(resumedAt, after));
        act(specialist, code, "forward", "{}");

        String json = mvc.perform(get("/api/v1/reports/dashboard/late-analysis").param("from", "2026-03-01")
                .param("to", "2026-03-31").param("agency", agencyCode).with(httpBasic("admin", "QuanTri@Test-2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> steps = JsonPath.read(json, "$.steps");
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.get("stepName")).isEqualTo("Thẩm định");
            assertThat(hours(step.get("averageHours"))).isEqualByComparingTo(BigDecimal.valueOf(before + after));
            assertThat(hours(step.get("allottedHours"))).isEqualByComparingTo(BigDecimal.valueOf(APPRAISAL_SHARE));
            assertThat(step.get("latePassages")).isEqualTo(0);
            assertThat(hours(step.get("lostHours"))).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    private void act(String user, String code, String action, String body) throws Exception {
        mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, action)
                .with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    /** Expected from the chosen durations: mean, the 90th percentile between closest ranks, late, lost. */
    private static void expect(Map<String, Object> step, long[] worked, long share) {
        long[] sorted = worked.clone();
        Arrays.sort(sorted);
        double rank = 0.9 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        double p90 = sorted[low] + (rank - low) * (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]);
        double mean = Arrays.stream(worked).average().orElseThrow();
        assertThat(step.get("passages")).isEqualTo(worked.length);
        assertThat(hours(step.get("averageHours"))).isEqualByComparingTo(round(mean));
        assertThat(hours(step.get("p90Hours"))).isEqualByComparingTo(round(p90));
        assertThat(hours(step.get("allottedHours"))).isEqualByComparingTo(BigDecimal.valueOf(share));
        assertThat(hours(step.get("ratio"))).isEqualByComparingTo(round(mean / share));
        assertThat(step.get("latePassages")).isEqualTo((int) late(worked, share));
        assertThat(step.get("lateDossiers")).isEqualTo((int) late(worked, share));
        assertThat(hours(step.get("lostHours"))).isEqualByComparingTo(BigDecimal.valueOf(lost(worked, share)));
    }

    private static long late(long[] worked, long share) {
        return Arrays.stream(worked).filter(w -> w > share).count();
    }

    private static long lost(long[] worked, long share) {
        return Arrays.stream(worked).map(w -> Math.max(0, w - share)).sum();
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(Object json) {
        return new BigDecimal(String.valueOf(json));
    }
}
