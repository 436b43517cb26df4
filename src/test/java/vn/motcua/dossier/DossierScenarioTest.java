package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Whole lifecycles through the API, at chosen instants (Hà Nội time in the comments). */
@IntegrationTest
class DossierScenarioTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    long agency;
    String agencyCode;
    String reception;
    String specialist;
    String leader;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void setUpAgency() {
        agency = data.agency("Sở thử nghiệm hồ sơ", null);
        agencyCode = data.agencyCode(agency);
        reception = data.officer(agency, Role.RECEPTION, agency);
        specialist = data.officer(agency, Role.SPECIALIST, agency);
        leader = data.officer(agency, Role.LEADER, agency);
    }

    static String intake(String procedure, String decision, String note) {
        return """
                {"procedureCode":"%s","channel":"DIRECT","delivery":"COUNTER",
                 "applicant":{"kind":"CITIZEN","name":"Nguyễn Thị Lan","idNumber":"001190012345","phone":"0912345678",
                              "address":"Số 1 Phố Hiến, Hưng Yên"},
                 "documents":[{"requirement":"Tờ khai","fileName":"to-khai.pdf"}],
                 "decision":"%s","note":%s}
                """.formatted(procedure, decision, note == null ? "null" : "\"" + note + "\"");
    }

    ResultActions act(String user, String code, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, action)
                .with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    String receiveAtCounter(String procedure) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(intake(procedure, "RECEIVE", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROCESSING"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    @Test
    void happyPathAtTheCounter() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        clock.set(Instant.parse("2026-03-02T02:00:00Z")); // Monday 02/03/2026 09:00
        String code = receiveAtCounter(procedure);
        assertThat(code).matches(agencyCode.replace(".", "\\.") + "-260302-\\d{4}");
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(specialist, TestData.PASSWORD)))
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T02:00:00Z"))
                // 5 working days counted from the next day, to the close of the 5th: Monday 09/03 17:00.
                .andExpect(jsonPath("$.dueAt").value("2026-03-09T10:00:00Z"))
                .andExpect(jsonPath("$.stepRole").value("SPECIALIST"))
                // 16 working hours from Monday 09:00: Wednesday 10:00 (7.5 h a day).
                .andExpect(jsonPath("$.stepDueAt").value("2026-03-04T03:00:00Z"))
                // What this specialist may do now, at this step: not resolve (that is the approval step).
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.hasItems("FORWARD", "REQUEST_SUPPLEMENT",
                        "PAUSE")))
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("RESOLVE"))));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("FORWARD"))));

        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        act(specialist, code, "forward", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.stepRole").value("LEADER"));
        act(leader, code, "resolve", "{\"result\":\"APPROVED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.finishedAt").value("2026-03-03T02:00:00Z"))
                .andExpect(jsonPath("$.stepRole").value("RECEPTION"));
        clock.set(Instant.parse("2026-03-04T02:00:00Z"));
        act(reception, code, "return-result", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.nationalStatus").value(10));

        mvc.perform(get("/api/v1/dossiers/{code}/history", code).with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("SUBMIT", "RECEIVE",
                        "FORWARD", "RESOLVE", "RETURN_RESULT")))
                .andExpect(jsonPath("$[2].actorRole").value("SPECIALIST"))
                .andExpect(jsonPath("$[2].stepDueAt").value("2026-03-04T03:00:00Z"));
        mvc.perform(get("/api/v1/dossiers/{code}/control-sheet", code).with(httpBasic(leader, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].action").value(org.hamcrest.Matchers.contains("RECEIVE", "FORWARD",
                        "RESOLVE", "RETURN_RESULT")))
                .andExpect(jsonPath("$.rows[0].timeliness").doesNotExist())
                .andExpect(jsonPath("$.rows[1].stepLeft").value("Thẩm định"))
                .andExpect(jsonPath("$.rows[1].timeliness").value("EARLY"))
                .andExpect(jsonPath("$.rows[3].timeliness").value("EARLY"));
    }

    @Test
    void fiftyReceptionsAtOnceInOneAgencyGetFiftyDistinctCodes() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(50);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return receiveAtCounter(procedure);
                }));
            }
            start.countDown();
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (var result : results) {
                codes.add(result.get());
            }
            assertThat(codes).hasSize(50).allMatch(c -> c.startsWith(agencyCode + "-"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSupplementDuringProcessingMovesTheDueInstantsByThePausedWorkingTime() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        clock.set(Instant.parse("2026-03-02T02:00:00Z")); // Monday 09:00
        String code = receiveAtCounter(procedure);
        clock.set(Instant.parse("2026-03-03T02:00:00Z")); // Tuesday 09:00
        act(specialist, code, "request-supplement", "{\"note\":\"Bổ sung bản sao giấy tờ nhà đất\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"))
                .andExpect(jsonPath("$.clockStoppedAt").value("2026-03-03T02:00:00Z"));
        clock.set(Instant.parse("2026-03-04T02:00:00Z")); // Wednesday 09:00: one working day (7.5 h) later
        act(reception, code, "supply", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.dueAt").value("2026-03-10T10:00:00Z"))
                .andExpect(jsonPath("$.stepDueAt").value("2026-03-05T03:00:00Z"))
                .andExpect(jsonPath("$.supplementCount").value(1));
    }

    @Test
    void theAddressNamesItsCommuneByItsOfficialCode(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws Exception {
        setUpAgency();
        String unit = "T" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        jdbc.sql("""
                insert into administrative_unit (edition, code, name, full_name, kind, level, valid_from)
                values ('2025', :code, 'Phố Hiến', 'Phường Phố Hiến', 'WARD', 'COMMUNE', date '2025-07-01')
                """).param("code", unit).update();
        // The unit tests count the 2025 communes: take this one out again whatever happens.
        try {
            String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
            String body = intake(procedure, "RECEIVE", null).replace("\"phone\":\"0912345678\",",
                    "\"phone\":\"0912345678\",\"unitCode\":\"" + unit + "\",");
            mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.applicant.unitCode").value(unit));
        } finally {
            jdbc.sql("delete from administrative_unit where edition = '2025' and code = :code").param("code", unit)
                    .update();
        }
    }

    @Test
    void twoOfficersActingAtOnceOneWinsTheOtherIsTold() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String code = receiveAtCounter(procedure);
        int version = JsonPath.read(mvc.perform(get("/api/v1/dossiers/{code}", code)
                .with(httpBasic(specialist, TestData.PASSWORD))).andReturn().getResponse().getContentAsString(),
                "$.version");
        act(specialist, code, "forward", "{\"version\":" + version + "}").andExpect(status().isOk());
        act(specialist, code, "pause", "{\"version\":" + version + ",\"note\":\"Chờ xác minh\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message.vi").value("Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại và thử lại."));
    }

    @Test
    void twoSimultaneousActionsOnTheSameVersionOneWinsOneGets409() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String code = receiveAtCounter(procedure);
        int version = JsonPath.read(mvc.perform(get("/api/v1/dossiers/{code}", code)
                .with(httpBasic(specialist, TestData.PASSWORD))).andReturn().getResponse().getContentAsString(),
                "$.version");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.concurrent.Callable<Integer> forward = () -> {
                start.await();
                return act(specialist, code, "forward", "{\"version\":" + version + "}").andReturn().getResponse()
                        .getStatus();
            };
            var first = pool.submit(forward);
            var second = pool.submit(forward);
            start.countDown();
            assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedRequestIsNotAppliedTwice() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String code = receiveAtCounter(procedure);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/dossiers/{code}/actions/forward", code)
                    .with(httpBasic(specialist, TestData.PASSWORD)).header("Idempotency-Key", "retry-" + code)
                    .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.stepRole").value("LEADER"));
        }
        String history = mvc.perform(get("/api/v1/dossiers/{code}/history", code)
                .with(httpBasic(specialist, TestData.PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat((java.util.List<?>) JsonPath.read(history, "$[?(@.action=='FORWARD')]")).hasSize(1);
    }

    @Test
    void officersOutsideTheStepCannotActOrSee() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String code = receiveAtCounter(procedure);
        long other = data.agency("Sở khác", null);
        String outsider = data.officer(other, Role.SPECIALIST, other);
        // Outside the outsider's reach the dossier is not found, on actions as on reads (issue 12, finding 7).
        act(outsider, code, "forward", null).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(outsider, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        act(leader, code, "forward", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message.en").value(
                        "You do not hold the role of the current step at the agency handling the dossier."));
        act(reception, code, "return-result", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message.vi").value(matchesPattern(".*RETURN_RESULT.*PROCESSING.*")));
    }

    @Test
    void badIntakeIsRefusedFieldByFieldAndStoresNothing() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String bad = """
                {"procedureCode":"%s","channel":"DIRECT","decision":"RECEIVE",
                 "applicant":{"name":"Trần Văn B","idNumber":"12AB","phone":"123"},"documents":[]}
                """.formatted(procedure);
        mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='applicant.idNumber')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='applicant.phone')].message.en").exists());
        String missingDocument = intake(procedure, "RECEIVE", null).replace("\"requirement\":\"Tờ khai\"",
                "\"requirement\":\"Khác\"");
        mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(missingDocument))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documents"))
                .andExpect(jsonPath("$.errors[0].message.vi").value("Thiếu thành phần hồ sơ bắt buộc: Tờ khai."));
        mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(intake("KHONG-CO", "RECEIVE", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("procedureCode"));
        String unknownUnit = intake(procedure, "RECEIVE", null).replace("\"phone\":\"0912345678\",",
                "\"phone\":\"0912345678\",\"unitCode\":\"Z9999\",");
        mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(unknownUnit))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.unitCode"));
        // Nothing was stored: the next dossier of the agency today still gets number 0001.
        assertThat(receiveAtCounter(procedure)).endsWith("-0001");
    }
}
