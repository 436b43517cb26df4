package vn.motcua.forms;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.platform.security.Role;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency under a province with its officers and a five-working-day procedure, the clock on
 * Monday 02/03/2026 09:00 in Hà Nội, and the steps the form tests take through the API.
 */
abstract class FormsTestBase {

    /** Monday 02/03/2026, 09:00 in Hà Nội. */
    static final Instant MONDAY_9 = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    long province;
    long agency;
    String agencyCode;
    String reception;
    String specialist;
    String leader;
    String procedure;

    @BeforeEach
    void setUpAgency() throws Exception {
        province = data.agency("Ủy ban nhân dân tỉnh Hưng Yên", null);
        agency = data.agency("Sở Tư pháp tỉnh Hưng Yên", province);
        agencyCode = data.agencyCode(agency);
        reception = data.officer(agency, Role.RECEPTION, agency);
        specialist = data.officer(agency, Role.SPECIALIST, agency);
        leader = data.officer(agency, Role.LEADER, agency);
        procedure = DossierTestSupport.procedure(mvc, agencyCode);
        clock.set(MONDAY_9);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    String receive() throws Exception {
        return intake(DossierTestSupport.intake(procedure));
    }

    /** A counter intake with the officer's decision (RECEIVE, SUPPLEMENT, REFUSE) and note. */
    String intake(String decision, String note) throws Exception {
        return intake(DossierTestSupport.intake(procedure).replace("\"decision\":\"RECEIVE\"",
                "\"decision\":\"" + decision + "\"").replace("\"note\":null", "\"note\":\"" + note + "\""));
    }

    private String intake(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    ResultActions act(String user, String code, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, action)
                .with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    ResultActions form(String user, String code, String number) throws Exception {
        return mvc.perform(get("/api/v1/dossiers/{code}/forms/{n}", code, number)
                .with(httpBasic(user, TestData.PASSWORD)));
    }

    /** The latest form of that number, once the listener has issued it (at most ten seconds). */
    byte[] issued(String code, String number) throws Exception {
        return issued(reception, code, number);
    }

    byte[] issued(String user, String code, String number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            MvcResult result = form(user, code, number).andReturn();
            if (result.getResponse().getStatus() == 200) {
                assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
                return result.getResponse().getContentAsByteArray();
            }
            assertThat(System.nanoTime()).as("form %s of %s issued in time", number, code).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The text of the PDF, white space folded, after checking its fonts are embedded. */
    static String text(byte[] pdf) throws Exception {
        FormPdfs.Read read = FormPdfs.read(pdf);
        assertThat(read.fontsEmbedded()).isTrue();
        return read.text();
    }
}
