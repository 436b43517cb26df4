package vn.motcua.organization.unit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrativeUnitImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theListAfterTheReformHas34ProvincesAnd3321CommunesAndASecondImportChangesNothing() throws Exception {
        byte[] file = OfficialFiles.bytes(OfficialFiles.FILE_2025);
        JsonNode first = importBody(file);
        assertThat(first.get("edition").stringValue()).isEqualTo("2025");
        assertThat(level(first, "added", "PROVINCE") + level(first, "unchanged", "PROVINCE")
                + level(first, "changed", "PROVINCE")).isEqualTo(34);

        JsonNode again = importBody(file);

        assertThat(again.get("added")).isEqualTo(zeroes());
        assertThat(again.get("changed")).isEqualTo(zeroes());
        assertThat(again.get("notInFile").asInt()).isZero();
        assertThat(again.size()).as("edition, added, changed, unchanged, notInFile").isEqualTo(5);
        assertThat(level(again, "unchanged", "PROVINCE")).isEqualTo(34);
        assertThat(level(again, "unchanged", "DISTRICT")).isZero();
        assertThat(level(again, "unchanged", "COMMUNE")).isEqualTo(3321);
        assertThat(OfficialFiles.count(jdbc, "2025", "PROVINCE")).isEqualTo(34);
        assertThat(OfficialFiles.count(jdbc, "2025", "DISTRICT")).isZero();
        assertThat(OfficialFiles.count(jdbc, "2025", "COMMUNE")).isEqualTo(3321);
    }

    @Test
    void theThreeLevelListHas63Provinces696DistrictsAnd10035CommunesAndASecondImportChangesNothing()
            throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "vn-admin-units-2024-3level.json",
                MediaType.APPLICATION_JSON_VALUE, OfficialFiles.bytes(OfficialFiles.FILE_2024));
        importPart(file);

        JsonNode again = importPart(file);

        assertThat(again.get("edition").stringValue()).isEqualTo("2024");
        assertThat(again.get("added")).isEqualTo(zeroes());
        assertThat(again.get("changed")).isEqualTo(zeroes());
        assertThat(level(again, "unchanged", "PROVINCE")).isEqualTo(63);
        assertThat(level(again, "unchanged", "DISTRICT")).isEqualTo(696);
        assertThat(level(again, "unchanged", "COMMUNE")).isEqualTo(10035);
        assertThat(OfficialFiles.count(jdbc, "2024", "PROVINCE")).isEqualTo(63);
        assertThat(OfficialFiles.count(jdbc, "2024", "DISTRICT")).isEqualTo(696);
        assertThat(OfficialFiles.count(jdbc, "2024", "COMMUNE")).isEqualTo(10035);
    }

    @Test
    void theImportIsAuditedWithItsCounts() throws Exception {
        importBody(OfficialFiles.bytes(OfficialFiles.FILE_2025));

        String changes = jdbc.sql("""
                select changes from audit_log where action = 'IMPORT' and entity_type = 'administrative_unit'
                and entity_id = '2025' order by id desc limit 1""").query(String.class).single();
        assertThat(json.readTree(changes).at("/unchanged/COMMUNE").asInt()).isEqualTo(3321);
    }

    private JsonNode importBody(byte[] file) throws Exception {
        String body = mvc.perform(post("/api/v1/admin-units/import").with(httpBasic("admin", "QuanTri@Test-2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private JsonNode importPart(MockMultipartFile file) throws Exception {
        String body = mvc.perform(multipart("/api/v1/admin-units/import").file(file)
                        .with(httpBasic("admin", "QuanTri@Test-2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private JsonNode zeroes() {
        return json.valueToTree(Map.of("PROVINCE", 0, "DISTRICT", 0, "COMMUNE", 0));
    }

    private static int level(JsonNode report, String what, String level) {
        return report.get(what).get(level).asInt();
    }
}
