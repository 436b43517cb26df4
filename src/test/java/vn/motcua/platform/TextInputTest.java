package vn.motcua.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's text rule where text enters (JSON bodies, form fields), the database's refusals
 * classified, and the OpenAPI document as a client reads it.
 */
@IntegrationTest
class TextInputTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "QuanTri@Test-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private org.springframework.test.web.servlet.ResultActions createAgency(String code, String name) throws Exception {
        return mvc.perform(post("/api/v1/agencies").with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("code", code, "name", name, "type", "DEPARTMENT",
                        "level", "PROVINCE"))));
    }

    @Test
    void aNulInAJsonTextIsRefusedWithTheFieldNamedInBothLanguages() throws Exception {
        String code = TestData.unique("NUL");
        createAgency(code, "Sở\u0000Nội vụ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message.vi").value(org.hamcrest.Matchers.containsString("NUL")))
                .andExpect(jsonPath("$.errors[0].message.en").value(org.hamcrest.Matchers.containsString("NUL")));
        assertThat(agencies(code)).isZero();
    }

    @Test
    void aNameWithARightToLeftOverrideOrALineBreakIsRefused() throws Exception {
        String code = TestData.unique("RTL");
        createAgency(code, "Sở Tư pháp \u202Egpj.exe").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message.vi").value(org.hamcrest.Matchers.containsString("U+202E")));
        createAgency(code, "Sở\nTư pháp").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(agencies(code)).isZero();
    }

    @Test
    void textSentDecomposedIsStoredComposed() throws Exception {
        String code = TestData.unique("NFD");
        String name = "Sở Tài nguyên và Môi trường";
        createAgency(code, Normalizer.normalize(name, Normalizer.Form.NFD)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name));
        assertThat(jdbc.sql("select name from agency where code = :c").param("c", code).query(String.class).single())
                .isEqualTo(name).matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }

    @Test
    void aFormFieldSentDecomposedIsStoredComposedAndOneWithANulIsRefused() throws Exception {
        var session = Sessions.admin(mvc);
        String code = TestData.unique("PG");
        String name = "Ủy ban nhân dân xã Đông Hòa";
        mvc.perform(post("/staff/agencies").session(session).with(csrf()).param("code", code)
                .param("name", Normalizer.normalize(name, Normalizer.Form.NFD)).param("type", "PEOPLES_COMMITTEE")
                .param("level", "COMMUNE")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name from agency where code = :c").param("c", code).query(String.class).single())
                .isEqualTo(name);
        mvc.perform(post("/staff/agencies").session(session).with(csrf()).param("code", TestData.unique("PG"))
                .param("name", "a\u0000b").param("type", "PEOPLES_COMMITTEE").param("level", "COMMUNE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aTextTooLongForItsColumnIsA400AtTheField() throws Exception {
        String code = TestData.unique("LF");
        mvc.perform(put("/api/v1/catalog/fields/{code}", code).with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "x".repeat(301) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message.vi").value("Không được dài quá 300 ký tự."));
    }

    @Test
    void aStaleVersionIsTheConcurrentChangeProblem() throws Exception {
        String code = TestData.unique("VER");
        String body = createAgency(code, "Sở thử phiên bản").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        int id = JsonPath.read(body, "$.id");
        String update = "{\"code\":\"" + code + "\",\"name\":\"Sở đổi tên\",\"type\":\"DEPARTMENT\",\"level\":\"PROVINCE\","
                + "\"version\":%d}";
        mvc.perform(put("/api/v1/agencies/{id}", id).with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(update.formatted(0))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/agencies/{id}", id).with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(update.formatted(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:motcua:problem:concurrent-change"));
    }

    @Test
    void theOpenApiDocumentHasNoActorMarksPublicOperationsAndDocumentsProblems() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(doc.path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(doc.path("components").path("securitySchemes").path("apiToken").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(doc.path("components").path("schemas").has("Problem")).isTrue();
        List<String> actors = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        List<String> publicOperations = new ArrayList<>();
        for (String path : doc.path("paths").propertyNames()) {
            for (String method : doc.path("paths").path(path).propertyNames()) {
                JsonNode op = doc.path("paths").path(path).path(method);
                op.path("parameters").forEach(p -> {
                    if (p.path("name").asString().equals("actor")) {
                        actors.add(method + " " + path);
                    }
                });
                for (String status : List.of("400", "401", "403", "404", "409")) {
                    JsonNode response = op.path("responses").path(status);
                    if (!response.path("content").path("application/problem+json").path("schema").path("$ref")
                            .asString("").endsWith("/Problem")) {
                        undocumented.add(method + " " + path + " " + status);
                    }
                }
                if (op.has("security") && op.get("security").isEmpty()) {
                    publicOperations.add(method.toUpperCase() + " " + path);
                }
            }
        }
        assertThat(actors).isEmpty();
        assertThat(undocumented).isEmpty();
        assertThat(publicOperations).contains("GET /api/v1/procedures", "GET /api/v1/procedures/{code}",
                "GET /api/v1/fields", "GET /api/v1/calendar/days", "GET /api/v1/calendar/lunar/{date}",
                "GET /api/v1/calendar/due", "GET /api/v1/public/dossiers/{code}", "GET /api/v1/public/statistics")
                .doesNotContain("POST /api/v1/procedures/import", "GET /api/v1/agencies");
        // A field that may be absent says so (OpenAPI 3.1: "null" among its types); a primitive never is.
        JsonNode view = doc.path("components").path("schemas").path("DossierView").path("properties");
        assertThat(view.path("finishedAt").path("type").toString()).contains("null");
        assertThat(view.path("version").path("type").toString()).doesNotContain("null");
    }

    private long agencies(String code) {
        return jdbc.sql("select count(*) from agency where code = :c").param("c", code).query(Long.class).single();
    }
}
