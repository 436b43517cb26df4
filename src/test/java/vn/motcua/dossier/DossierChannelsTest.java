package vn.motcua.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Online filing, the ends of a dossier's life, interconnected agencies, lookup, worklist, events. */
@IntegrationTest
class DossierChannelsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DossierEventsProbe events;
    @Autowired
    JdbcClient jdbc;

    long agency;
    String agencyCode;
    String reception;
    String specialist;
    String leader;

    private void setUpAgency() {
        agency = data.agency("Sở thử kênh nộp", null);
        agencyCode = data.agencyCode(agency);
        reception = data.officer(agency, Role.RECEPTION, agency);
        specialist = data.officer(agency, Role.SPECIALIST, agency);
        leader = data.officer(agency, Role.LEADER, agency);
    }

    private ResultActions act(String user, String code, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, action)
                .with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    private String online(String citizen, String procedure) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers").with(httpBasic(citizen, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"procedureCode":"%s","delivery":"ONLINE",
                                 "applicant":{"name":"Lê Văn Minh","idNumber":"034089001122","phone":"0987654321"},
                                 "documents":[{"requirement":"Tờ khai","fileName":"to-khai.pdf"}]}
                                """.formatted(procedure)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    private String atCounter(String procedure, String delivery) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DossierScenarioTest.intake(procedure, "RECEIVE", null)
                                .replace("\"COUNTER\"", "\"" + delivery + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    @Test
    void onlineWithASupplementRequestAtIntakeAndResubmission() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "FULL");
        String citizen = data.citizen(encoder);
        String code = online(citizen, procedure);
        mvc.perform(get("/api/v1/worklist").param("tab", "RECEIVE").with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.items[*].code", hasItem(code)))
                .andExpect(jsonPath("$.counts.RECEIVE").isNumber());
        act(reception, code, "request-supplement-at-intake", "{\"note\":\"1. Bản sao CCCD; 2. Ảnh 4x6\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"));
        act(citizen, code, "resubmit", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        act(reception, code, "receive", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROCESSING")).andExpect(jsonPath("$.dueAt").isNotEmpty());

        String stranger = data.citizen(encoder);
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(stranger, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers").with(httpBasic(stranger, TestData.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(citizen, TestData.PASSWORD)))
                .andExpect(status().isOk());
        // Outside the stranger's reach the dossier is not found, on actions as on reads (issue 12, finding 7).
        act(stranger, code, "withdraw", null).andExpect(status().isNotFound());
        act(citizen, code, "withdraw", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN")).andExpect(jsonPath("$.finishedAt").isNotEmpty());
    }

    @Test
    void publicLookupNeedsTheMatchingContactAndShowsNoPersonalData() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "FULL");
        String code = online(data.citizen(encoder), procedure);
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "098 765 4321"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("SUBMITTED"))
                .andExpect(jsonPath("$.procedureName").isNotEmpty())
                .andExpect(jsonPath("$.applicant").doesNotExist());
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "034089001122"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "0900000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message.vi").value("Số điện thoại hoặc số giấy tờ không khớp với hồ sơ."));
    }

    @Test
    void guessingCodesAndPhoneNumbersIsSlowedDown() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "FULL");
        String code = online(data.citizen(encoder), procedure);
        String address = "10.9.8." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "09000000" + (10 + i))
                    .with(r -> { r.setRemoteAddr(address); return r; })).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "0987654321")
                .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.status").value(429));
        mvc.perform(get("/api/v1/public/dossiers/{code}", code).param("contact", "0987654321")
                .with(r -> { r.setRemoteAddr("10.9.9.9"); return r; })).andExpect(status().isOk());
    }

    @Test
    void anInterconnectedProcedureTravelsToTheSecondAgencyAndBack() throws Exception {
        setUpAgency();
        long second = data.agency("Cơ quan liên thông", null);
        String secondSpecialist = data.officer(second, Role.SPECIALIST, second);
        String secondLeader = data.officer(second, Role.LEADER, second);
        String procedure = DossierFixtures.procedure(mvc, agencyCode, data.agencyCode(second), "PARTIAL");
        String code = atCounter(procedure, "COUNTER");
        act(specialist, code, "forward", null).andExpect(status().isConflict());
        act(specialist, code, "transfer", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.stepAgencyId").value(second));
        act(specialist, code, "forward", null).andExpect(status().isForbidden());
        act(secondSpecialist, code, "forward", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.stepRole").value("LEADER")).andExpect(jsonPath("$.stepAgencyId").value(second));
        act(leader, code, "resolve", "{\"result\":\"APPROVED\"}").andExpect(status().isForbidden());
        act(secondLeader, code, "resolve", "{\"result\":\"APPROVED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.stepAgencyId").value(agency));
        act(reception, code, "return-result", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
    }

    @Test
    void denyStopApologyAndReturnByPost() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");

        String denied = atCounter(procedure, "POST");
        act(specialist, denied, "forward", null).andExpect(status().isOk());
        act(leader, denied, "resolve", "{\"result\":\"DENIED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        act(leader, denied, "resolve", "{\"result\":\"DENIED\",\"note\":\"Không đủ điều kiện theo Điều 5\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("DENIED"));
        act(reception, denied, "return-result", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.delivery").value("POST")).andExpect(jsonPath("$.status").value("RETURNED"));

        String stopped = atCounter(procedure, "COUNTER");
        act(leader, stopped, "stop", null).andExpect(status().isBadRequest());
        act(leader, stopped, "stop", "{\"note\":\"Người nộp đề nghị dừng\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED")).andExpect(jsonPath("$.actions").isEmpty());

        String late = atCounter(procedure, "COUNTER");
        String due = JsonPath.read(mvc.perform(get("/api/v1/dossiers/{code}", late)
                .with(httpBasic(leader, TestData.PASSWORD))).andReturn().getResponse().getContentAsString(), "$.dueAt");
        String newDate = java.time.Instant.parse(due).plus(java.time.Duration.ofDays(7)).toString();
        act(leader, late, "apologize", "{\"note\":\"Chờ ý kiến cơ quan phối hợp\",\"newAppointment\":\"" + newDate + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.appointmentAt").value(newDate))
                .andExpect(jsonPath("$.dueAt").value(due));
        act(leader, late, "apologize", "{\"note\":\"Lần hai\",\"newAppointment\":\"" + newDate + "\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void everyActionLeavesThroughTheOutbox() throws Exception {
        setUpAgency();
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String code = atCounter(procedure, "COUNTER");
        act(specialist, code, "forward", null).andExpect(status().isOk());
        List<DossierChanged> seen = List.of();
        for (int i = 0; i < 100 && seen.size() < 2; i++) {
            Thread.sleep(50);
            seen = events.of(code);
        }
        assertThat(seen).extracting(DossierChanged::action)
                .containsExactlyInAnyOrder(DossierAction.RECEIVE, DossierAction.FORWARD);
        assertThat(seen).filteredOn(e -> e.action() == DossierAction.RECEIVE).first()
                .satisfies(e -> assertThat(e.nationalStatus()).isEqualTo(2));
        // One outbox row per event and consumer, deleted once delivered: none is left for the probe's,
        // and none for the other consumers (the forms module issues the receipt) once they are done.
        long pending = 1;
        for (int i = 0; i < 100 && pending > 0; i++) {
            pending = jdbc.sql("select count(*) from outbox where payload like :c and delivered_at is null")
                    .param("c", "%\"" + code + "\"%").query(Long.class).single();
            if (pending > 0) {
                Thread.sleep(50);
            }
        }
        assertThat(pending).isZero();
    }
}
