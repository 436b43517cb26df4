package vn.motcua.dossier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The worklist, the dossier page and its action forms, as an officer sees them after logging in. */
@IntegrationTest
class DossierStaffPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    long agency;
    String reception;
    String specialist;
    String leader;
    String code;

    @BeforeEach
    void aDossierWaitingForTheSpecialist() throws Exception {
        agency = data.agency("Sở thử nghiệm trang hồ sơ", null);
        reception = data.officer(agency, Role.RECEPTION, agency);
        specialist = data.officer(agency, Role.SPECIALIST, agency);
        leader = data.officer(agency, Role.LEADER, agency);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DossierScenarioTest.intake(procedure, "RECEIVE", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        code = JsonPath.read(body, "$.code");
    }

    @Test
    void officersWhoWorkOnDossiersLandOnTheirWorklist() throws Exception {
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/staff/worklist"));
        mvc.perform(get("/staff").session(Sessions.admin(mvc))).andExpect(status().isOk());
    }

    @Test
    void theSpecialistSeesTheDossierInTheProcessTabWithTheTimeLeftInWords() throws Exception {
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(get("/staff/worklist").param("tab", "PROCESS").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Hồ sơ cần xử lý")))
                .andExpect(content().string(containsString("Chờ phê duyệt")))
                .andExpect(content().string(containsString("Đang xử lý")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*(Còn \\d+ ngày làm việc|Còn dưới 1 ngày|Quá hạn \\d+ giờ|Đã quá hạn).*")));
        mvc.perform(get("/staff/worklist").param("tab", "APPROVE").session(session))
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/staff/dossiers/open").param("code", " " + code + " ").session(session))
                .andExpect(redirectedUrl("/staff/dossiers/" + code));
    }

    @Test
    void anOutsiderNeitherSeesTheDossierInTheWorklistNorOpensIt() throws Exception {
        long other = data.agency("Sở khác", null);
        MockHttpSession outsider = Sessions.login(mvc, data.officer(other, Role.SPECIALIST, other), TestData.PASSWORD);
        mvc.perform(get("/staff/worklist").param("tab", "PROCESS").session(outsider)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/staff/dossiers/{code}", code).session(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void theDossierPageAnswersWhoWhatWhichStepAndWhatICanDo() throws Exception {
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(get("/staff/dossiers/{code}", code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Thị Lan")))
                .andExpect(content().string(containsString("Thẩm định")))
                .andExpect(content().string(containsString("Chuyên viên thụ lý")))
                .andExpect(content().string(containsString("Sở thử nghiệm trang hồ sơ")))
                .andExpect(content().string(containsString("badge-status-processing")))
                .andExpect(content().string(containsString("Mới đăng ký (chờ tiếp nhận)")))
                .andExpect(content().string(containsString("Chuyển bước tiếp theo")))
                .andExpect(content().string(containsString("Yêu cầu bổ sung hồ sơ")))
                .andExpect(content().string(not(containsString("Ban hành kết quả"))))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void theForwardButtonMovesTheDossierToTheLeader() throws Exception {
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(post("/staff/dossiers/{code}/actions/forward", code).session(session).with(csrf())
                        .param("version", "1").param("note", "Đủ điều kiện"))
                .andExpect(redirectedUrl("/staff/dossiers/" + code))
                .andExpect(flash().attribute("done", "Đã thực hiện: Chuyển bước tiếp theo."));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(leader, TestData.PASSWORD)))
                .andExpect(jsonPath("$.stepRole").value("LEADER"));
        MockHttpSession leaderSession = Sessions.login(mvc, leader, TestData.PASSWORD);
        mvc.perform(get("/staff/worklist").param("tab", "APPROVE").session(leaderSession))
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/staff/dossiers/{code}", code).session(leaderSession))
                .andExpect(content().string(containsString("Ban hành kết quả")))
                .andExpect(content().string(containsString("Đủ điều kiện")));
    }

    @Test
    void aReasonIsAskedForInlineAndNothingMoves() throws Exception {
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(post("/staff/dossiers/{code}/actions/request-supplement", code).session(session).with(csrf())
                        .param("version", "1").param("note", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập “Các giấy tờ cần bổ sung, hoàn thiện” rồi gửi lại.")))
                .andExpect(content().string(containsString("href=\"#request-supplement-note\"")));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(specialist, TestData.PASSWORD)))
                .andExpect(jsonPath("$.status").value("PROCESSING"));
    }

    @Test
    void aStalePageIsToldSomeoneElseChangedTheDossier() throws Exception {
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(post("/staff/dossiers/{code}/actions/pause", code).session(session).with(csrf())
                .param("version", "1").param("note", "Chờ ý kiến cơ quan khác")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/dossiers/{code}/actions/forward", code).session(session).with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrl("/staff/dossiers/" + code))
                .andExpect(flash().attribute("problem", containsString("vừa được người khác thay đổi")));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(specialist, TestData.PASSWORD)))
                .andExpect(jsonPath("$.status").value("PAUSED"));
    }

    @Test
    void theSearchFindsTheDossierWithFiltersInTheUrl() throws Exception {
        MockHttpSession session = Sessions.login(mvc, reception, TestData.PASSWORD);
        mvc.perform(get("/staff/dossiers").param("q", code).param("status", "PROCESSING").session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/staff/dossiers/" + code + "\"")))
                .andExpect(content().string(containsString("Tìm thấy 1 hồ sơ")));
        mvc.perform(get("/staff/dossiers").param("q", code).param("status", "RETURNED").session(session))
                .andExpect(content().string(not(containsString("href=\"/staff/dossiers/" + code + "\""))));
        mvc.perform(get("/staff/dossiers").param("q", code).param("from", "32/13/2026").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập ngày tiếp nhận theo dạng dd/mm/yyyy")));
        long other = data.agency("Sở khác nữa", null);
        MockHttpSession outsider = Sessions.login(mvc, data.officer(other, Role.RECEPTION, other), TestData.PASSWORD);
        mvc.perform(get("/staff/dossiers").param("q", code).session(outsider))
                .andExpect(content().string(not(containsString("href=\"/staff/dossiers/" + code + "\""))));
    }

    @Test
    void theTimeLeftIsGreenThenAmberThenRedAlwaysWithWords() throws Exception {
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        clock.set(java.time.Instant.parse("2026-03-02T02:00:00Z")); // Monday 09:00; the appraisal is due Wednesday 10:00
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DossierScenarioTest.intake(procedure, "RECEIVE", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String timed = JsonPath.read(body, "$.code");
        MockHttpSession session = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(get("/staff/dossiers/{code}", timed).session(session))
                .andExpect(content().string(containsString("<span class=\"badge badge-time-ok\">Còn 2 ngày làm việc</span>")))
                .andExpect(content().string(containsString("04/03/2026 10:00")));
        clock.set(java.time.Instant.parse("2026-03-03T04:00:00Z")); // Tuesday 11:00: less than a working day left
        mvc.perform(get("/staff/worklist").param("tab", "PROCESS").param("procedure", procedure).session(session))
                .andExpect(content().string(containsString("<span class=\"badge badge-time-soon\">Còn dưới 1 ngày</span>")));
        clock.set(java.time.Instant.parse("2026-03-04T05:00:00Z")); // Wednesday 12:00: 1.5 working hours late
        mvc.perform(get("/staff/worklist").param("tab", "OVERDUE").param("procedure", procedure).session(session))
                .andExpect(content().string(containsString(timed)))
                .andExpect(content().string(containsString("<span class=\"badge badge-time-overdue\">Quá hạn 2 giờ</span>")));
    }

    @Test
    void theLeadersFormsExplainWhatIsMissingAndResolveTheDossier() throws Exception {
        MockHttpSession specialistSession = Sessions.login(mvc, specialist, TestData.PASSWORD);
        mvc.perform(post("/staff/dossiers/{code}/actions/forward", code).session(specialistSession).with(csrf())
                .param("version", "1")).andExpect(status().is3xxRedirection());
        MockHttpSession session = Sessions.login(mvc, leader, TestData.PASSWORD);
        mvc.perform(post("/staff/dossiers/{code}/actions/resolve", code).session(session).with(csrf())
                        .param("version", "2").param("result", "DENIED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập “Ý kiến / lý do từ chối giải quyết” rồi gửi lại.")))
                .andExpect(content().string(containsString("value=\"DENIED\" id=\"resolve-result-denied\" checked")));
        mvc.perform(post("/staff/dossiers/{code}/actions/apologize", code).session(session).with(csrf())
                        .param("version", "2").param("note", "Chờ ý kiến liên ngành")
                        .param("appointmentDate", "31/02/2026").param("appointmentTime", "16:30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập ngày theo dạng dd/mm/yyyy")));
        mvc.perform(post("/staff/dossiers/{code}/actions/resolve", code).session(session).with(csrf())
                        .param("version", "2").param("result", "APPROVED"))
                .andExpect(redirectedUrl("/staff/dossiers/" + code));
        mvc.perform(get("/staff/dossiers/{code}", code).session(session).param("lang", "en"))
                .andExpect(content().string(containsString("Resolved")))
                .andExpect(content().string(containsString("Approved (result issued)")));
    }
}
