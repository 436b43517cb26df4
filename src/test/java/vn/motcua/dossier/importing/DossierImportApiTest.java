package vn.motcua.dossier.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.importing.ImportLines.processing;
import static vn.motcua.dossier.importing.ImportLines.returned;
import static vn.motcua.dossier.importing.ImportLines.with;

/** {@code POST /api/v1/dossiers/import}: every field, every error class, idempotence, who may import. */
@IntegrationTest
class DossierImportApiTest {

    static final String NDJSON = "application/x-ndjson";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long agency;
    String agencyCode;
    long otherAgency;
    String otherCode;
    String procedure;

    @BeforeEach
    void agencyAndProcedure() throws Exception {
        agency = data.agency("Sở thử nhập hồ sơ cũ", null);
        agencyCode = data.agencyCode(agency);
        otherAgency = data.agency("Bộ phận một cửa thử nhập", null);
        otherCode = data.agencyCode(otherAgency);
        procedure = DossierTestSupport.procedure(mvc, agencyCode);
    }

    ResultActions importAs(String user, String password, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/import").with(httpBasic(user, password))
                .contentType(MediaType.parseMediaType(NDJSON)).content(body));
    }

    ResultActions importAsAdmin(List<Map<String, Object>> lines) throws Exception {
        return importAs("admin", "QuanTri@Test-2026", ImportLines.ndjson(lines));
    }

    Map<String, Object> row(String code) {
        return jdbc.sql("select * from dossier where code = :c").param("c", code).query().singleRow();
    }

    static Instant at(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant();
    }

    @Test
    void anImportedDossierKeepsTheRuleSetInForceAtItsReceipt() throws Exception {
        String before = TestData.unique("IMP-");
        String after = TestData.unique("IMP-");
        // 30/06/2025 23:30 and 01/07/2025 00:30 in Hà Nội: either side of NĐ 118/2025/NĐ-CP.
        var old = with(with(processing(before, procedure, agencyCode), "receivedAt", "2025-06-30T16:30:00Z"),
                "dueAt", "2025-07-08T10:00:00Z");
        var current = with(with(processing(after, procedure, agencyCode), "receivedAt", "2025-06-30T17:30:00Z"),
                "dueAt", "2025-07-08T10:00:00Z");
        importAsAdmin(List.of(old, current)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        assertThat(row(before)).containsEntry("rule_set", "2018");
        assertThat(row(after)).containsEntry("rule_set", "2025");
    }

    @Test
    void everyFieldIsStoredAsGivenWithOneImportedEvent() throws Exception {
        String done = TestData.unique("IMP-");
        String open = TestData.unique("IMP-");
        var openLine = with(with(processing(open, procedure, agencyCode), "receivingAgencyCode", otherCode),
                "channel", "POSTAL");
        openLine = with(with(openLine, "applicantEmail", "a@example.vn"), "applicantAddress", "Số 1 Phố Hiến");
        importAsAdmin(List.of(returned(done, procedure, agencyCode), openLine)).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2)).andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rejected").value(0)).andExpect(jsonPath("$.errors").isEmpty());

        Map<String, Object> d = row(done);
        assertThat(d).containsEntry("procedure_code", procedure).containsEntry("procedure_version", 1)
                .containsEntry("procedure_name", "Thủ tục thử nghiệm " + procedure).containsEntry("level", "PROVINCE")
                .containsEntry("online_level", "PARTIAL").containsEntry("resolving_agency_id", agency)
                .containsEntry("receiving_agency_id", agency).containsEntry("channel", "ONLINE")
                .containsEntry("delivery", "ONLINE").containsEntry("status", "RETURNED")
                .containsEntry("result", "APPROVED").containsEntry("applicant_kind", "CITIZEN")
                .containsEntry("applicant_name", "Nguyễn Văn A").containsEntry("applicant_id_number", "017090001234")
                .containsEntry("applicant_phone", "0912345678").containsEntry("rule_set", "2018"); // received in 2022: NĐ 61/2018
        assertThat(d.get("field_code")).isNotNull();
        assertThat(d.get("step_index")).isNull();
        assertThat(d.get("step_agency_id")).isNull();
        assertThat(at(d.get("received_at"))).isEqualTo(Instant.parse("2022-01-05T02:13:00Z"));
        assertThat(at(d.get("submitted_at"))).isEqualTo(Instant.parse("2022-01-05T02:13:00Z"));
        assertThat(at(d.get("due_at"))).isEqualTo(Instant.parse("2022-01-12T10:00:00Z"));
        assertThat(at(d.get("finished_at"))).isEqualTo(Instant.parse("2022-01-10T08:00:00Z"));
        assertThat(at(d.get("returned_at"))).isEqualTo(Instant.parse("2022-01-11T03:00:00Z"));
        assertThat((String) d.get("import_hash")).hasSize(64);

        Map<String, Object> o = row(open);
        assertThat(o).containsEntry("receiving_agency_id", otherAgency).containsEntry("resolving_agency_id", agency)
                .containsEntry("channel", "POSTAL").containsEntry("delivery", "COUNTER")
                .containsEntry("status", "PROCESSING").containsEntry("step_index", 1)
                .containsEntry("step_role", "SPECIALIST").containsEntry("step_agency_id", agency)
                .containsEntry("applicant_email", "a@example.vn").containsEntry("applicant_address", "Số 1 Phố Hiến");
        assertThat(o.get("finished_at")).isNull();
        assertThat(o.get("result")).isNull();
        assertThat(at(o.get("step_due_at"))).isEqualTo(Instant.parse("2022-01-12T10:00:00Z"));
        // Its deadline passed in the earlier system: no reminder is sent for it now.
        assertThat(o).containsEntry("overdue_sent", true).containsEntry("nearing_sent", true)
                .containsEntry("step_overdue_sent", 1);

        for (String code : List.of(done, open)) {
            var events = jdbc.sql("""
                    select e.action, e.actor_name, e.to_status, e.note, e.payload from dossier_event e
                    join dossier d on d.id = e.dossier_id where d.code = :c
                    """).param("c", code).query().listOfRows();
            assertThat(events).hasSize(1);
            assertThat(events.get(0)).containsEntry("action", "IMPORT").containsEntry("note", "API")
                    .containsEntry("to_status", code.equals(done) ? "RETURNED" : "PROCESSING");
            assertThat((String) events.get(0).get("payload")).contains(code);
        }
    }

    @Test
    void everyErrorClassRefusesItsLineAloneWithTheLineFieldAndAMessageInBothLanguages() throws Exception {
        String good = TestData.unique("IMP-");
        var base = returned(good, procedure, agencyCode);
        List<String> lines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        lines.add("\uFEFF" + ImportLines.json(base)); // a file saved with a byte order mark
        bad(lines, expected, "{\"code\": \"broken", "line");
        bad(lines, expected, line(with(base, "applicantName", null)), "applicantName");
        bad(lines, expected, line(with(base, "channel", "FAX")), "channel");
        bad(lines, expected, line(with(base, "receivedAt", "05/01/2022 09:13")), "receivedAt");
        bad(lines, expected, line(with(base, "procedureCode", "KHONG-CO")), "procedureCode");
        bad(lines, expected, line(with(base, "agencyCode", "KHONG-CO")), "agencyCode");
        bad(lines, expected, line(with(base, "receivingAgencyCode", "KHONG-CO")), "receivingAgencyCode");
        bad(lines, expected, line(with(base, "finishedAt", "2022-01-04T00:00:00Z")), "finishedAt");
        bad(lines, expected, line(with(base, "dueAt", "2022-01-04T00:00:00Z")), "dueAt");
        bad(lines, expected, line(with(base, "returnedAt", "2022-01-09T00:00:00Z")), "returnedAt");
        bad(lines, expected, line(with(with(with(base, "status", "PROCESSING"), "result", null), "returnedAt", null)),
                "finishedAt");
        bad(lines, expected, line(with(base, "finishedAt", null)), "finishedAt");
        bad(lines, expected, line(with(with(base, "status", "RESOLVED"), "result", null)), "result");
        bad(lines, expected, line(with(base, "result", "MAYBE")), "result");
        bad(lines, expected, line(with(with(base, "status", "WITHDRAWN"), "returnedAt", null)), "result");
        bad(lines, expected, line(with(base, "status", "SUBMITTED")), "status");
        bad(lines, expected, line(with(base, "code", "mã có dấu cách")), "code");
        bad(lines, expected, line(with(base, "code", "X".repeat(61))), "code");
        bad(lines, expected, ImportLines.json(base), "code"); // the same code again in the file
        bad(lines, expected, line(with(base, "ghiChu", "?")), "ghiChu");
        bad(lines, expected, line(with(base, "applicantPhone", "12345")), "applicantPhone");
        // A receipt yet to come: also after the due and finishing instants.
        bad(lines, expected, line(with(base, "receivedAt", "2999-01-05T02:13:00Z")), "receivedAt", "dueAt",
                "finishedAt");
        bad(lines, expected, line(with(base, "dueAt", 20220112)), "dueAt");
        String other = TestData.unique("IMP-");
        lines.add("");
        lines.add(ImportLines.json(with(base, "code", other)));

        String body = importAs("admin", "QuanTri@Test-2026", String.join("\n", lines))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(23))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        List<String> got = errors.stream().map(e -> e.get("line") + " " + e.get("field")).toList();
        assertThat(got).containsExactlyElementsOf(expected);
        for (Map<String, Object> e : errors) {
            @SuppressWarnings("unchecked")
            Map<String, String> message = (Map<String, String>) e.get("message");
            assertThat(message.get("vi")).isNotBlank().isNotEqualTo(message.get("en"));
            assertThat(message.get("en")).isNotBlank().doesNotStartWith("dossier.");
        }
        assertThat(errors.get(4).get("message").toString()).contains("Không có thủ tục mã KHONG-CO trong danh mục.");
        assertThat(row(good)).containsEntry("status", "RETURNED");
        assertThat(row(other)).containsEntry("status", "RETURNED");
    }

    @Test
    void instantsBeyondWhatTheDatabaseStoresAreRefusedAtTheirFieldAndTheRestIsImported() throws Exception {
        var base = returned(TestData.unique("IMP-"), procedure, agencyCode);
        String good = TestData.unique("IMP-");
        String body = String.join("\n",
                line(with(base, "dueAt", "+999999999-12-31T23:59:59Z")),
                line(with(with(base, "code", TestData.unique("IMP-")), "receivedAt", "-999999999-01-01T00:00:00Z")),
                line(with(with(base, "code", TestData.unique("IMP-")), "dueAt", "+300000-01-01T00:00:00Z")),
                line(with(base, "code", good)));
        String answer = importAs("admin", "QuanTri@Test-2026", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1)).andExpect(jsonPath("$.rejected").value(3))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(answer, "$.errors");
        assertThat(errors.stream().map(e -> e.get("line") + " " + e.get("field")).toList())
                .containsExactly("1 dueAt", "2 receivedAt", "3 dueAt");
        assertThat(row(good)).containsEntry("status", "RETURNED");
    }

    private static String line(Map<String, Object> fields) {
        return ImportLines.json(fields);
    }

    private static void bad(List<String> lines, List<String> expected, String line, String... fields) {
        lines.add(line);
        for (String field : fields) {
            expected.add(lines.size() + " " + field);
        }
    }

    @Test
    void anOptionalFieldWrittenOutWithItsDefaultIsTheSameContent() throws Exception {
        String code = TestData.unique("IMP-");
        var withoutDefaults = with(returned(code, procedure, agencyCode), "receivingAgencyCode", null);
        importAsAdmin(List.of(withoutDefaults)).andExpect(jsonPath("$.imported").value(1));
        // The earlier system's next export writes the defaults out: nothing changed, nothing refused.
        var withDefaults = with(with(withoutDefaults, "receivingAgencyCode", agencyCode), "applicantKind", "CITIZEN");
        importAsAdmin(List.of(withDefaults)).andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.rejected").value(0));
        // Another receiving agency or kind is other content.
        importAsAdmin(List.of(with(withDefaults, "receivingAgencyCode", otherCode)))
                .andExpect(jsonPath("$.rejected").value(1)).andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void theSameFileAgainIsUnchangedAndChangedContentIsRefusedNeverOverwritten() throws Exception {
        var lines = List.of(returned(TestData.unique("IMP-"), procedure, agencyCode),
                processing(TestData.unique("IMP-"), procedure, agencyCode),
                with(returned(TestData.unique("IMP-"), procedure, agencyCode), "status", "RESOLVED"));
        importAsAdmin(lines).andExpect(jsonPath("$.imported").value(3));
        importAsAdmin(lines).andExpect(jsonPath("$.imported").value(0)).andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.rejected").value(0));

        // The same content written otherwise: key order, spaces, another offset for the same instant.
        String code = (String) lines.get(0).get("code");
        String reordered = """
                { "status":"RETURNED", "code":" %s ", "procedureCode":"%s","agencyCode":"%s","channel":"ONLINE",
                  "applicantName":"Nguyễn Văn A","applicantIdNumber":"017090001234","applicantPhone":"0912345678",
                  "receivedAt":"2022-01-05T09:13:00+07:00","dueAt":"2022-01-12T10:00:00Z","receivingAgencyCode":"%s",
                  "finishedAt":"2022-01-10T08:00:00Z","result":"APPROVED","returnedAt":"2022-01-11T03:00:00Z" }
                """.formatted(code, procedure, agencyCode, agencyCode).replace("\n", " ");
        importAs("admin", "QuanTri@Test-2026", reordered).andExpect(jsonPath("$.unchanged").value(1));

        importAsAdmin(List.of(with(lines.get(0), "applicantName", "Trần Thị B"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").value(1)).andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message.en").value(
                        "Dossier " + code + " was imported before with other content; the imported dossier is not overwritten."));
        assertThat(row(code)).containsEntry("applicant_name", "Nguyễn Văn A");
        for (var line : lines) {
            assertThat(jdbc.sql("""
                    select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code = :c
                    """).param("c", line.get("code")).query(Long.class).single()).isEqualTo(1L);
        }
    }

    @Test
    void aCodeOfANativeDossierIsRefused() throws Exception {
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String created = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(DossierTestSupport.intake(procedure)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(created, "$.code");
        importAsAdmin(List.of(returned(code, procedure, agencyCode))).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message.vi").value(
                        "Mã " + code + " thuộc một hồ sơ được tạo trên hệ thống này; không thể nhập đè."));
        assertThat(row(code)).containsEntry("status", "PROCESSING");
        assertThat(row(code).get("import_hash")).isNull();
    }

    @Test
    void onlyAProvinceWideAdministratorMayImport() throws Exception {
        String body = ImportLines.ndjson(List.of(returned(TestData.unique("IMP-"), procedure, agencyCode)));
        String reception = data.officer(agency, Role.RECEPTION, agency);
        importAs(reception, TestData.PASSWORD, body).andExpect(status().isForbidden());
        String unitAdmin = data.officer(agency, Role.ADMIN, agency);
        importAs(unitAdmin, TestData.PASSWORD, body).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message.en").value(
                        "Only a province-wide administrator may import dossiers from an earlier system."));
    }
}
