package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard's tiles and charts: the report's own numbers, overdue at this instant, within the scope. */
@IntegrationTest
class DashboardApiTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "QuanTri@Test-2026");
    /** Tuesday 24/11/2026 10:00 in Hà Nội: the month began on the 1st, the quarter on 01/10. */
    static final Instant NOW = at("2026-11-24T10:00");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    TestClock clock;

    ReportFixtures.Agency province;
    ReportFixtures.Agency other;
    String overdueCode;

    @BeforeEach
    void dossiers() {
        clock.set(NOW);
        ReportFixtures fx = fixtures;
        province = fx.agency("Sở thử bảng điều hành", AdministrativeLevel.PROVINCE, null);
        other = fx.agency("Sở khác của bảng điều hành", AdministrativeLevel.PROVINCE, null);
        overdueCode = TestData.unique("OD");
        fx.insert(List.of(
                // Today: received online, resolved early; received at the counter, still open and within time.
                seed(TestData.unique("T"), province, "ONLINE", "RESOLVED", "2026-11-24T08:00", "2026-11-30T17:00",
                        "2026-11-24T09:30"),
                seed(TestData.unique("T"), province, "DIRECT", "PROCESSING", "2026-11-24T08:30", "2026-11-24T16:00",
                        null),
                // This month: resolved late; open and overdue since yesterday.
                seed(TestData.unique("M"), province, "POSTAL", "RETURNED", "2026-11-03T08:00", "2026-11-10T17:00",
                        "2026-11-12T10:00"),
                seed(overdueCode, province, "DIRECT", "PROCESSING", "2026-11-02T08:00", "2026-11-23T17:00", null),
                // This quarter, October: resolved on time.
                seed(TestData.unique("Q"), province, "ONLINE", "RESOLVED", "2026-10-05T08:00", "2026-10-09T17:00",
                        "2026-10-09T16:00"),
                // Another agency: overdue, outside a leader of the first one's scope.
                seed(TestData.unique("X"), other, "ONLINE", "PROCESSING", "2026-11-02T08:00", "2026-11-20T17:00",
                        null)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theTilesAreTheReportsTotalsOfTodayThisMonthAndThisQuarter() throws Exception {
        String body = mvc.perform(get("/api/v1/reports/dashboard").param("agency", province.code()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value("2026-11-24"))
                .andExpect(jsonPath("$.tiles[*].kind").value(contains("TODAY", "MONTH", "QUARTER")))
                .andExpect(jsonPath("$.tiles[0].received").value(2))
                .andExpect(jsonPath("$.tiles[0].resolved").value(1))
                .andExpect(jsonPath("$.tiles[1].received").value(4))
                .andExpect(jsonPath("$.tiles[2].from").value("2026-10-01"))
                .andExpect(jsonPath("$.tiles[2].received").value(5))
                .andExpect(jsonPath("$.overdueNow").value(1))
                .andExpect(jsonPath("$.overdueByAgency[*].agencyCode").value(contains(province.code())))
                .andReturn().getResponse().getContentAsString();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> tile = JsonPath.read(body, "$.tiles[" + i + "]");
            String report = mvc.perform(get("/api/v1/reports/resolution").param("from", (String) tile.get("from"))
                    .param("to", (String) tile.get("to")).param("agency", province.code()).with(ADMIN))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Object> totals = JsonPath.read(report, "$.totals");
            assertThat(tile.get("received")).isEqualTo(totals.get("received"));
            assertThat(tile.get("resolved")).isEqualTo(totals.get("resolved"));
            assertThat(String.valueOf(tile.get("onTimeRate"))).isEqualTo(String.valueOf(totals.get("onTimeRate")));
        }
        mvc.perform(get("/api/v1/reports/dashboard/overdue").param("agency", province.code()).with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(overdueCode));
    }

    @Test
    void theChartsCountPerDayByChannelAndPerMonth() throws Exception {
        mvc.perform(get("/api/v1/reports/dashboard").param("agency", province.code()).param("from", "2026-11-01")
                .param("to", "2026-11-24").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedByDay.length()").value(24))
                .andExpect(jsonPath("$.receivedByDay[1].date").value("2026-11-02"))
                .andExpect(jsonPath("$.receivedByDay[1].direct").value(1))
                .andExpect(jsonPath("$.receivedByDay[2].postal").value(1))
                .andExpect(jsonPath("$.receivedByDay[23].online").value(1))
                .andExpect(jsonPath("$.receivedByDay[23].direct").value(1))
                .andExpect(jsonPath("$.onTimeByMonth.length()").value(Dashboards.MONTHS))
                .andExpect(jsonPath("$.onTimeByMonth[11].month").value("2026-11"))
                .andExpect(jsonPath("$.onTimeByMonth[11].resolved").value(2))
                .andExpect(jsonPath("$.onTimeByMonth[11].onTimeRate").value(50.0))
                .andExpect(jsonPath("$.onTimeByMonth[10].month").value("2026-10"))
                .andExpect(jsonPath("$.onTimeByMonth[10].onTimeRate").value(100.0));
    }

    @Test
    void aLeaderSeesOnlyTheirAgencyAndOthersAreRefused() throws Exception {
        RequestPostProcessor leader = httpBasic(data.officer(province.id(), Role.LEADER, province.id()),
                TestData.PASSWORD);
        mvc.perform(get("/api/v1/reports/dashboard").with(leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdueNow").value(1))
                .andExpect(jsonPath("$.overdueByAgency[*].agencyCode").value(contains(province.code())));
        mvc.perform(get("/api/v1/reports/dashboard").param("agency", other.code()).with(leader))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/dashboard/late-analysis").param("agency", other.code()).with(leader))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/dashboard/overdue").param("row", other.code()).with(leader))
                .andExpect(status().isForbidden());
        String specialist = data.officer(province.id(), Role.SPECIALIST, province.id());
        mvc.perform(get("/api/v1/reports/dashboard").with(httpBasic(specialist, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/dashboard").session(Sessions.login(mvc, specialist, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreProblemsInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/reports/dashboard").param("from", "24/11/2026").param("to", "2026-11-24")
                .with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("from")))
                .andExpect(jsonPath("$.message.vi").exists()).andExpect(jsonPath("$.message.en").exists());
        mvc.perform(get("/api/v1/reports/dashboard/late-analysis").param("from", "2025-01-01")
                .param("to", "2026-11-24").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message.vi").value("Khoảng thời gian không được dài quá 366 ngày."));
        mvc.perform(get("/api/v1/reports/dashboard").param("agency", "KHONG-CO").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agency"));
    }

    @Test
    void thePageShowsABadDateNextToItsFieldAndTheOverdueList() throws Exception {
        var session = Sessions.admin(mvc);
        mvc.perform(get("/staff/dashboard").param("from", "hôm qua").param("to", "2026-11-24").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày phải có dạng yyyy-MM-dd")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(get("/staff/dashboard/overdue").param("agency", province.code()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(overdueCode)));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }

    private static ReportFixtures.Seed seed(String code, ReportFixtures.Agency agency, String channel, String status,
            String received, String due, String finished) {
        return new ReportFixtures.Seed(code, agency.id(), agency.code(), agency.level().name(), "P", null, "FULL",
                channel, status, at(received), at(due), finished == null ? null : at(finished));
    }
}
