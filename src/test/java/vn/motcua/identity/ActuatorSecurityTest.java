package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Prometheus scrapes {@code /actuator/prometheus} as operations.md says (issue 12, finding 10). */
@IntegrationTest
class ActuatorSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    private String token(String role) throws Exception {
        String body = mvc.perform(post("/api/v1/api-clients").with(httpBasic(ApiClientTest.ADMIN, ApiClientTest.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Prometheus","roles":[{"role":"%s"}]}
                                """.formatted(TestData.unique("prom"), role)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void anAdministratorsApiTokenOrBasicScrapesTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").with(httpBasic(ApiClientTest.ADMIN, ApiClientTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anonymousIs401AndOtherRolesAre403() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate")).andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer mc_invented"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token("MONITOR")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        // The metrics are the whole node's: an agency's own administrator does not read them.
        long agency = data.agency("Sở có quản trị riêng", null);
        String scopedAdmin = data.officer(agency, Role.ADMIN, agency);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(scopedAdmin, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthStaysPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}
