package vn.motcua.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.CountingPasswordEncoder;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiClientTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "QuanTri@Test-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    private String createClient(String username) throws Exception {
        return mvc.perform(post("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Đồng bộ Cổng DVCQG","roles":[{"role":"MONITOR"}]}
                                """.formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token", startsWith("mc_")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aTokenAuthenticatesUntilItIsRevoked() throws Exception {
        String body = createClient(TestData.unique("sync"));
        String token = JsonPath.read(body, "$.token");
        int clientId = JsonPath.read(body, "$.clientId");
        int tokenId = JsonPath.read(body, "$.tokenId");

        mvc.perform(get("/api/v1/officers-probe").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/api-clients/{c}/tokens/{t}", clientId, tokenId).with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/officers-probe").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aTokenCallRunsNoBcrypt() throws Exception {
        String token = JsonPath.read(createClient(TestData.unique("sync")), "$.token");
        long matches = CountingPasswordEncoder.matches();
        long encodes = CountingPasswordEncoder.encodes();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }
        assertThat(CountingPasswordEncoder.matches()).isEqualTo(matches);
        assertThat(CountingPasswordEncoder.encodes()).isEqualTo(encodes);
    }

    @Test
    void anExpiredTokenIsRefusedEvenRightAfterItWorked() throws Exception {
        int clientId = JsonPath.read(createClient(TestData.unique("sync")), "$.clientId");
        Instant expiry = clock.instant().plus(Duration.ofHours(1));
        String token = JsonPath.read(mvc.perform(post("/api/v1/api-clients/{c}/tokens", clientId)
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ngan\",\"expiresAt\":\"%s\"}".formatted(expiry)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        clock.set(expiry.plusSeconds(1));
        try {
            mvc.perform(get("/api/v1/officers").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        } finally {
            clock.reset();
        }
    }

    @Test
    void aTokenExpiringPastTheYear9999IsAFieldError() throws Exception {
        int clientId = JsonPath.read(createClient(TestData.unique("sync")), "$.clientId");
        for (String expiry : new String[] { "+999999999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z" }) {
            mvc.perform(post("/api/v1/api-clients/{c}/tokens", clientId).with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"expiresAt\":\"%s\"}".formatted(expiry)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
        }
    }

    @Test
    void anInventedTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/api-clients").header("Authorization", "Bearer mc_invented"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenCarriesOnlyTheRolesOfItsClient() throws Exception {
        String token = JsonPath.read(createClient(TestData.unique("monitor")), "$.token");
        mvc.perform(get("/api/v1/api-clients").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void onlyAProvinceWideAdministratorManagesClients() throws Exception {
        long agency = data.agency("Sở có quản trị riêng", null);
        String scopedAdmin = data.officer(agency, Role.ADMIN, agency);
        mvc.perform(get("/api/v1/api-clients").with(httpBasic(scopedAdmin, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void badInputNamesTheFields() throws Exception {
        String taken = TestData.unique("dup");
        createClient(taken);
        mvc.perform(post("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"x","roles":[{"role":"MONITOR","agencyCode":"KHONG-CO"}]}
                                """.formatted(taken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='username')].message.vi").value("Giá trị này đã được sử dụng."))
                .andExpect(jsonPath("$.errors[?(@.field=='roles[0].agencyCode')].message.en")
                        .value("This value was not found."));
        mvc.perform(post("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='displayName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='roles')]").exists());
        mvc.perform(post("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"abc\",\"displayName\":\"x\",\"roles\":[{\"role\":\"KING\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0].role"));
        mvc.perform(post("/api/v1/api-clients").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
    }
}
