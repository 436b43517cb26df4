package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Request keys ({@code Idempotency-Key} or {@code requestId}) belong to the account that sent them: the
 * same key from another account is another request, and never answers with what the first account did.
 */
@IntegrationTest
class RequestKeysTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    static String online(String name, String idNumber, String procedure) {
        return """
                {"procedureCode":"%s","delivery":"ONLINE",
                 "applicant":{"name":"%s","idNumber":"%s","phone":"0987654321"},
                 "documents":[{"requirement":"Tờ khai","fileName":"to-khai.pdf"}]}
                """.formatted(procedure, name, idNumber);
    }

    static String counter(String procedure, String name) {
        return DossierScenarioTest.intake(procedure, "RECEIVE", null).replace("Nguyễn Thị Lan", name);
    }

    private String send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String key, String body,
            int expected) throws Exception {
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor basic(String username) {
        return httpBasic(username, TestData.PASSWORD);
    }

    private static RequestPostProcessor bearer(String token) {
        return r -> {
            r.addHeader("Authorization", "Bearer " + token);
            return r;
        };
    }

    private long dossiersOf(String procedure) {
        return jdbc.sql("select count(*) from dossier where procedure_code = :p").param("p", procedure)
                .query(Long.class).single();
    }

    private String apiClientToken(String agencyCode) throws Exception {
        String body = mvc.perform(post("/api/v1/api-clients").with(httpBasic(DossierFixtures.ADMIN,
                        DossierFixtures.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"Cổng thử nghiệm","roles":[{"role":"FILING","agencyCode":"%s"}]}
                        """.formatted(TestData.unique("portal"), agencyCode)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void anOnlineKeyOfAnotherAccountFilesItsOwnDossierAndTheOwnersRetryGetsTheirs() throws Exception {
        long agency = data.agency("Sở thử khóa yêu cầu", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "FULL");
        String citizen = data.citizen(encoder);
        String portal = apiClientToken(data.agencyCode(data.agency("Cơ quan của cổng", null)));
        String key = UUID.randomUUID().toString();

        // The portal uses the key first, the citizen then happens to send the same key.
        String portals = send(post("/api/v1/dossiers"), bearer(portal), key,
                online("Trần Văn Cổng", "001090000001", procedure), 201);
        String citizens = send(post("/api/v1/dossiers"), basic(citizen), key,
                online("Lê Thị Dân", "001090000002", procedure), 201);
        assertThat((String) JsonPath.read(citizens, "$.code")).isNotEqualTo(JsonPath.read(portals, "$.code"));
        assertThat(citizens).doesNotContain("Trần Văn Cổng", "001090000001");
        assertThat((String) JsonPath.read(citizens, "$.applicant.name")).isEqualTo("Lê Thị Dân");
        assertThat(dossiersOf(procedure)).isEqualTo(2);

        // Each one's retry answers its own dossier, and files nothing more.
        String again = send(post("/api/v1/dossiers"), basic(citizen), key,
                online("Lê Thị Dân", "001090000002", procedure), 201);
        assertThat((String) JsonPath.read(again, "$.code")).isEqualTo(JsonPath.read(citizens, "$.code"));
        String portalAgain = send(post("/api/v1/dossiers"), bearer(portal), key,
                online("Trần Văn Cổng", "001090000001", procedure), 201);
        assertThat((String) JsonPath.read(portalAgain, "$.code")).isEqualTo(JsonPath.read(portals, "$.code"));
        assertThat(dossiersOf(procedure)).isEqualTo(2);
    }

    @Test
    void aCounterKeyOfAnotherOfficerReceivesItsOwnDossier() throws Exception {
        long first = data.agency("Bộ phận một cửa thứ nhất", null);
        long second = data.agency("Bộ phận một cửa thứ hai", null);
        String firstProcedure = DossierFixtures.procedure(mvc, data.agencyCode(first), null, "PARTIAL");
        String secondProcedure = DossierFixtures.procedure(mvc, data.agencyCode(second), null, "PARTIAL");
        String firstOfficer = data.officer(first, Role.RECEPTION, first);
        String secondOfficer = data.officer(second, Role.RECEPTION, second);
        String key = "counter-" + UUID.randomUUID();

        String theirs = send(post("/api/v1/dossiers/intake"), basic(firstOfficer), key,
                counter(firstProcedure, "Phạm Văn Một"), 201);
        String mine = send(post("/api/v1/dossiers/intake"), basic(secondOfficer), key,
                counter(secondProcedure, "Hoàng Thị Hai"), 201);
        assertThat(mine).doesNotContain("Phạm Văn Một");
        assertThat((String) JsonPath.read(mine, "$.code")).startsWith(data.agencyCode(second) + "-");
        assertThat((String) JsonPath.read(mine, "$.status")).isEqualTo("PROCESSING");
        assertThat(dossiersOf(firstProcedure)).isEqualTo(1);
        assertThat(dossiersOf(secondProcedure)).isEqualTo(1);

        // The same key in the body (requestId) is the same key.
        String retried = send(post("/api/v1/dossiers/intake"), basic(firstOfficer), null,
                counter(firstProcedure, "Phạm Văn Một").replace("\"decision\"", "\"requestId\":\"" + key + "\",\"decision\""),
                201);
        assertThat((String) JsonPath.read(retried, "$.code")).isEqualTo(JsonPath.read(theirs, "$.code"));
        assertThat(dossiersOf(firstProcedure)).isEqualTo(1);
    }

    @Test
    void anActionKeyOfAnotherOfficerActsOnItsOwnDossierAndNeverShowsTheOther() throws Exception {
        long first = data.agency("Sở thứ nhất", null);
        long second = data.agency("Sở thứ hai", null);
        String firstProcedure = DossierFixtures.procedure(mvc, data.agencyCode(first), null, "PARTIAL");
        String secondProcedure = DossierFixtures.procedure(mvc, data.agencyCode(second), null, "PARTIAL");
        String theirs = JsonPath.read(send(post("/api/v1/dossiers/intake"),
                basic(data.officer(first, Role.RECEPTION, first)), null, counter(firstProcedure, "Phạm Văn Một"), 201),
                "$.code");
        String mine = JsonPath.read(send(post("/api/v1/dossiers/intake"),
                basic(data.officer(second, Role.RECEPTION, second)), null, counter(secondProcedure, "Hoàng Thị Hai"),
                201), "$.code");
        String theirSpecialist = data.officer(first, Role.SPECIALIST, first);
        String mySpecialist = data.officer(second, Role.SPECIALIST, second);
        String key = "forward-" + UUID.randomUUID();

        send(post("/api/v1/dossiers/{code}/actions/forward", theirs), basic(theirSpecialist), key, "{}", 200);
        // Their key on their dossier, from me: I cannot see it, so it is not there.
        String denied = send(post("/api/v1/dossiers/{code}/actions/forward", theirs), basic(mySpecialist), key, "{}",
                404);
        assertThat(denied).doesNotContain("Phạm Văn Một").doesNotContain("\"version\"");
        // The same key on my dossier forwards mine.
        String forwarded = send(post("/api/v1/dossiers/{code}/actions/forward", mine), basic(mySpecialist), key, "{}",
                200);
        assertThat((String) JsonPath.read(forwarded, "$.code")).isEqualTo(mine);
        assertThat((String) JsonPath.read(forwarded, "$.stepRole")).isEqualTo("LEADER");
        assertThat(forwarded).doesNotContain("Phạm Văn Một");
        String history = mvc.perform(get("/api/v1/dossiers/{code}/history", mine).with(basic(mySpecialist)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<?>) JsonPath.read(history, "$[?(@.action=='FORWARD')]")).hasSize(1);
    }

    @Test
    void aKeyUsedForAnotherRequestOfTheSameAccountIsRefused() throws Exception {
        long agency = data.agency("Sở thử khóa dùng lại", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        String one = JsonPath.read(send(post("/api/v1/dossiers/intake"), basic(reception), null,
                counter(procedure, "Một"), 201), "$.code");
        String two = JsonPath.read(send(post("/api/v1/dossiers/intake"), basic(reception), null,
                counter(procedure, "Hai"), 201), "$.code");
        String key = "reused-" + UUID.randomUUID();
        send(post("/api/v1/dossiers/{code}/actions/forward", one), basic(specialist), key, "{}", 200);

        String otherDossier = send(post("/api/v1/dossiers/{code}/actions/forward", two), basic(specialist), key, "{}",
                409);
        assertThat((String) JsonPath.read(otherDossier, "$.message.en")).contains("already used for another request");
        assertThat(otherDossier).doesNotContain(one);
        send(post("/api/v1/dossiers/{code}/actions/pause", one), basic(specialist), key, "{\"note\":\"Chờ\"}", 409);
        // A filing with an action's key is another request too.
        String filingKey = "filing-" + UUID.randomUUID();
        String three = JsonPath.read(send(post("/api/v1/dossiers/intake"), basic(reception), filingKey,
                counter(procedure, "Ba"), 201), "$.code");
        String reused = send(post("/api/v1/dossiers/{code}/actions/pause", three), basic(reception), filingKey,
                "{\"note\":\"Chờ\"}", 409);
        assertThat((String) JsonPath.read(reused, "$.message.en")).contains("already used for another request");
        // Who may file is checked before the key is looked up: the specialist is refused, not answered.
        send(post("/api/v1/dossiers/intake"), basic(specialist), key, counter(procedure, "Bốn"), 403);
        mvc.perform(get("/api/v1/dossiers/{code}", two).with(basic(specialist)))
                .andExpect(jsonPath("$.stepRole").value("SPECIALIST"));
    }

    @Test
    void aKeyWhoseFirstUseFailedIsFreeAgain() throws Exception {
        long agency = data.agency("Sở thử khóa thất bại", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        String key = "failed-" + UUID.randomUUID();
        send(post("/api/v1/dossiers/intake"), basic(reception), key,
                counter(procedure, "Bốn").replace("\"documents\":[{\"requirement\":\"Tờ khai\",\"fileName\":\"to-khai.pdf\"}]",
                        "\"documents\":[]"), 400);
        assertThat(dossiersOf(procedure)).isZero();
        String code = JsonPath.read(send(post("/api/v1/dossiers/intake"), basic(reception), key,
                counter(procedure, "Bốn"), 201), "$.code");
        assertThat(dossiersOf(procedure)).isEqualTo(1);

        String actionKey = "stale-" + UUID.randomUUID();
        send(post("/api/v1/dossiers/{code}/actions/forward", code), basic(specialist), actionKey, "{\"version\":99}",
                409);
        send(post("/api/v1/dossiers/{code}/actions/forward", code), basic(specialist), actionKey, "{}", 200);
    }

    @Test
    void aKeyLongerThan80CharactersIsAFieldError() throws Exception {
        long agency = data.agency("Sở thử khóa dài", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String specialist = data.officer(agency, Role.SPECIALIST, agency);
        String longKey = "k".repeat(81);
        String body = send(post("/api/v1/dossiers/intake"), basic(reception), longKey, counter(procedure, "Năm"), 400);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat((String) JsonPath.read(body, "$.errors[0].message.en")).contains("80");
        body = send(post("/api/v1/dossiers/intake"), basic(reception), null,
                counter(procedure, "Năm").replace("\"decision\"", "\"requestId\":\"" + longKey + "\",\"decision\""), 400);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("requestId");
        assertThat(dossiersOf(procedure)).isZero();

        String code = JsonPath.read(send(post("/api/v1/dossiers/intake"), basic(reception), "k".repeat(80),
                counter(procedure, "Năm"), 201), "$.code");
        body = send(post("/api/v1/dossiers/{code}/actions/forward", code), basic(specialist), null,
                "{\"requestId\":\"" + longKey + "\"}", 400);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("requestId");
        body = send(post("/api/v1/dossiers/{code}/actions/forward", code), basic(specialist), longKey, "{}", 400);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("Idempotency-Key");
        body = send(post("/api/v1/dossiers"), basic(data.citizen(encoder)), longKey,
                online("Sáu", "001090000006", procedure), 400);
        assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("Idempotency-Key");
    }
}
