package vn.motcua.dossier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Online filing has its own role: a citizen files for themself; an API client files only when it holds
 * FILING (a monitoring client with MONITOR alone could file before); FILING is never an officer's role.
 */
@IntegrationTest
class OnlineFilingRoleTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "QuanTri@Test-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aCitizenAndAFilingClientFileOnlineAMonitoringClientDoesNot() throws Exception {
        long agency = data.agency("Sở thử nộp trực tuyến", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "FULL");

        file(procedure, "Basic", data.citizen(encoder)).andExpect(status().isCreated());
        file(procedure, "Bearer", clientToken("MONITOR")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message.en").value(org.hamcrest.Matchers.containsString("filing role")));
        file(procedure, "Bearer", clientToken("FILING")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("ONLINE"));
    }

    @Test
    void filingIsNoOfficersRole() throws Exception {
        long agency = data.agency("Sở thử vai trò", null);
        mvc.perform(post("/api/v1/officers").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"fullName":"Lê Văn Nộp","agencyId":%d,"username":"%s","password":"%s",
                         "roles":[{"role":"FILING","agencyId":%d}]}
                        """.formatted(agency, TestData.unique("cb").toLowerCase(), TestData.PASSWORD, agency)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    private ResultActions file(String procedure, String scheme, String credential) throws Exception {
        var request = post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
                {"procedureCode":"%s","delivery":"ONLINE",
                 "applicant":{"name":"Lê Văn Minh","idNumber":"034089001122","phone":"0987654321"},
                 "documents":[{"requirement":"Tờ khai","fileName":"to-khai.pdf"}]}
                """.formatted(procedure));
        return mvc.perform("Basic".equals(scheme) ? request.with(httpBasic(credential, TestData.PASSWORD))
                : request.header("Authorization", "Bearer " + credential));
    }

    private String clientToken(String role) throws Exception {
        String body = mvc.perform(post("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"Ki-ốt nộp hồ sơ","roles":[{"role":"%s"}]}
                        """.formatted(TestData.unique("client"), role)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
