package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Reach comes first on actions: a dossier outside the caller's reach is not found, for every action and
 * whatever the body, exactly as reading it is, so that its existence, status and version do not show.
 */
@IntegrationTest
class ActionReachTest {

    /** Every field an action may read, with a stale version: before the reach check these gave 409 or 403. */
    static final String[] BODIES = { "{}", """
            {"version":999,"note":"Lý do","result":"APPROVED","assigneeId":1,"newAppointment":"2030-01-02T03:00:00Z",
             "requestId":"reach-probe"}
            """, """
            {"documents":[{"requirement":"Kết quả","fileId":"00000000-0000-0000-0000-000000000000"}]}
            """ };

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PasswordEncoder encoder;

    private String receivedDossier(long agency) throws Exception {
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "FULL");
        String body = mvc.perform(post("/api/v1/dossiers/intake")
                        .with(httpBasic(data.officer(agency, Role.RECEPTION, agency), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(DossierTestSupport.intake(procedure)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    /** An API client holding every role at another agency: a fast caller (no password hash per request). */
    private RequestPostProcessor outsiderClient(String agencyCode) throws Exception {
        String roles = Arrays.stream(Role.values())
                .map(r -> "{\"role\":\"" + r + "\",\"agencyCode\":\"" + agencyCode + "\"}")
                .collect(Collectors.joining(","));
        String body = mvc.perform(post("/api/v1/api-clients")
                        .with(httpBasic(DossierFixtures.ADMIN, DossierFixtures.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"%s","displayName":"Hệ thống khác","roles":[%s]}
                                """.formatted(TestData.unique("other"), roles)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        return r -> {
            r.addHeader("Authorization", "Bearer " + token);
            return r;
        };
    }

    /** A problem without its {@code instance} (the path), which differs between the read and the action. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(String body) throws Exception {
        Map<String, Object> problem = new java.util.LinkedHashMap<>((Map<String, Object>) JsonPath.read(body, "$"));
        problem.remove("instance");
        return problem;
    }

    private Map<String, Object> readNotFound(RequestPostProcessor who, String code) throws Exception {
        return problem(mvc.perform(get("/api/v1/dossiers/{code}", code).with(who)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString());
    }

    private void everyActionIsNotFound(RequestPostProcessor who, String code, String... bodies) throws Exception {
        Map<String, Object> expected = readNotFound(who, code);
        assertThat(expected).containsEntry("status", 404);
        for (DossierAction action : DossierAction.values()) {
            String slug = action.name().toLowerCase(Locale.ROOT).replace('_', '-');
            for (String body : bodies) {
                String answer = mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, slug).with(who)
                                .contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse().getContentAsString();
                assertThat(problem(answer)).as("%s with %s", slug, body).isEqualTo(expected);
            }
        }
        String unknown = mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, "fly").with(who)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(problem(unknown)).isEqualTo(expected);
    }

    @Test
    void anActionOnADossierOutsideReachIsNotFoundLikeReadingIt() throws Exception {
        long agency = data.agency("Sở có hồ sơ", null);
        String code = receivedDossier(agency);
        long other = data.agency("Sở không liên quan", null);

        everyActionIsNotFound(outsiderClient(data.agencyCode(other)), code, BODIES);
        everyActionIsNotFound(httpBasic(data.citizen(encoder), TestData.PASSWORD), code, BODIES[1]);
        // A code that does not exist answers the same as one outside reach.
        String missing = data.agencyCode(agency) + "-991231-9999";
        everyActionIsNotFound(outsiderClient(data.agencyCode(other)), missing, BODIES[1]);

        // Nothing happened to the dossier.
        mvc.perform(get("/api/v1/dossiers/{code}/history", code)
                        .with(httpBasic(data.officer(agency, Role.SPECIALIST, agency), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()")
                        .value(2));
    }

    @Test
    void aDossierWithinReachStillAnswers403And409() throws Exception {
        long agency = data.agency("Sở trong tầm", null);
        String code = receivedDossier(agency);
        String leader = data.officer(agency, Role.LEADER, agency);
        mvc.perform(post("/api/v1/dossiers/{code}/actions/forward", code).with(httpBasic(leader, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dossiers/{code}/actions/forward", code).with(httpBasic(leader, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":99}")).andExpect(status().isConflict());
    }

    @Test
    void anActionPostedFromAPageOutsideReachGetsTheNotFoundPage() throws Exception {
        long agency = data.agency("Sở có hồ sơ trên trang", null);
        String code = receivedDossier(agency);
        long other = data.agency("Sở khác trên trang", null);
        MockHttpSession outsider = Sessions.login(mvc, data.officer(other, Role.SPECIALIST, other), TestData.PASSWORD);
        String notFound = "Không tìm thấy hồ sơ " + code;
        mvc.perform(get("/staff/dossiers/{code}", code).session(outsider)).andExpect(status().isNotFound())
                .andExpect(view().name("error")).andExpect(content().string(containsString(notFound)));
        for (DossierAction action : DossierAction.values()) {
            String slug = action.name().toLowerCase(Locale.ROOT).replace('_', '-');
            mvc.perform(post("/staff/dossiers/{code}/actions/{action}", code, slug).session(outsider).with(csrf())
                            .param("version", "999").param("requestId", "page-probe-" + slug).param("note", "Lý do")
                            .param("result", "APPROVED"))
                    .andExpect(status().isNotFound()).andExpect(view().name("error"))
                    .andExpect(content().string(containsString(notFound)));
        }
        mvc.perform(post("/staff/dossiers/{code}/actions/{action}", code, "fly").session(outsider).with(csrf()))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString(notFound)));
    }
}
