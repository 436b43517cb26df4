package vn.motcua.dossier;

import java.text.Normalizer;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
 * Text at the dossier's columns: one character too many is a 400 at the field, in both languages, and
 * nothing is written; a bidi override in the applicant's name, a NUL anywhere are refused; a name sent
 * decomposed (NFD) is stored composed (NFC); a stale version is the {@code concurrent-change} problem.
 */
@IntegrationTest
class DossierTextInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long agency;
    String reception;
    String specialist;
    String procedure;

    @BeforeEach
    void agencyAndProcedure() throws Exception {
        agency = data.agency("Sở thử nghiệm nhập liệu", null);
        reception = data.officer(agency, Role.RECEPTION, agency);
        specialist = data.officer(agency, Role.SPECIALIST, agency);
        procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
    }

    @Test
    void aSummaryOfOneThousandAndOneCharactersIsRefusedAtTheFieldAndNothingIsWritten() throws Exception {
        long before = dossiers();
        intake(withField(DossierScenarioTest.intake(procedure, "RECEIVE", null), "summary", "a".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("summary"))
                .andExpect(jsonPath("$.errors[0].message.vi").value("Không được dài quá 1.000 ký tự."))
                .andExpect(jsonPath("$.errors[0].message.en").value("At most 1,000 characters."));
        assertThat(dossiers()).isEqualTo(before);
        intake(withField(DossierScenarioTest.intake(procedure, "RECEIVE", null), "summary", "a".repeat(1000)))
                .andExpect(status().isCreated());
    }

    @Test
    void aNoteOfTwoThousandAndOneCharactersIsRefusedAtTheFieldAndNothingIsWritten() throws Exception {
        String code = received();
        int version = version(code);
        long events = events(code);
        act(code, "pause", "{\"version\":" + version + ",\"note\":\"" + "n".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message.vi").value("Không được dài quá 2.000 ký tự."))
                .andExpect(jsonPath("$.errors[0].message.en").value("At most 2,000 characters."));
        assertThat(events(code)).isEqualTo(events);
        assertThat(version(code)).isEqualTo(version);
        // The same at the counter: a refusal's reason goes to the same column.
        long before = dossiers();
        intake(DossierScenarioTest.intake(procedure, "REFUSE", "r".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void anIdempotencyKeyLongerThanItsColumnIsRefused() throws Exception {
        mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .header("Idempotency-Key", "k".repeat(81)).contentType(MediaType.APPLICATION_JSON)
                        .content(DossierScenarioTest.intake(procedure, "RECEIVE", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void aRightToLeftOverrideInTheApplicantsNameIsRefused() throws Exception {
        long before = dossiers();
        intake(DossierScenarioTest.intake(procedure, "RECEIVE", null).replace("Nguyễn Thị Lan", "Nguyễn\u202ELan"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.name"))
                .andExpect(jsonPath("$.errors[0].message.en").value(org.hamcrest.Matchers.containsString("U+202E")));
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aNulInABodyTextIsRefusedWithTheFieldNamed() throws Exception {
        long before = dossiers();
        intake(DossierScenarioTest.intake(procedure, "RECEIVE", null).replace("Số 1 Phố Hiến", "Số 1\\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.address"))
                .andExpect(jsonPath("$.errors[0].message.vi").value(org.hamcrest.Matchers.containsString("NUL")));
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aNameSentDecomposedIsStoredComposed() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Lan");
        String body = intake(DossierScenarioTest.intake(procedure, "RECEIVE", null).replace("Nguyễn Thị Lan", decomposed))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.code");
        assertThat(jdbc.sql("select applicant_name from dossier where code = :c").param("c", code)
                .query(String.class).single()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void aStaleVersionIsTheConcurrentChangeProblem() throws Exception {
        String code = received();
        int version = version(code);
        act(code, "forward", "{\"version\":" + version + "}").andExpect(status().isOk());
        act(code, "pause", "{\"version\":" + version + ",\"note\":\"Chờ xác minh\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:concurrent-change"));
    }

    private String received() throws Exception {
        String body = intake(DossierScenarioTest.intake(procedure, "RECEIVE", null)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    private ResultActions intake(String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions act(String code, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, action)
                .with(httpBasic(specialist, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private int version(String code) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/dossiers/{code}", code).with(httpBasic(specialist, TestData.PASSWORD)))
                .andReturn().getResponse().getContentAsString(), "$.version");
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier where resolving_agency_id = :a").param("a", agency)
                .query(Long.class).single();
    }

    private long events(String code) {
        return jdbc.sql("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = :c")
                .param("c", code).query(Long.class).single();
    }

    private static String withField(String intake, String field, String value) {
        return intake.replaceFirst("\\{", "{\"" + field + "\":\"" + value + "\",");
    }
}
