package vn.motcua.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProcedureImportValidationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Catalog catalog;

    @Test
    void invalidRowsAreReportedByRowAndFieldAndNothingOfThemIsStored() throws Exception {
        String field = CatalogTestData.field(jdbc);
        ProcedureDefinition good = CatalogTestData.procedure(CatalogTestData.code(), "Thủ tục hợp lệ", field, null);
        String unknownField = CatalogTestData.code();
        String negativeFee = CatalogTestData.code();
        String overLimit = CatalogTestData.code();
        String duplicate = CatalogTestData.code();
        ProcedureDefinition template = CatalogTestData.procedure(negativeFee, "Phí âm", field, null);
        List<ProcedureDefinition> file = List.of(
                good,
                CatalogTestData.procedure(unknownField, "Lĩnh vực lạ", "KHONG-CO-LV", null),
                new ProcedureDefinition(negativeFee, "Phí âm", field, template.levels(), null, List.of(),
                        template.timeLimit(), List.of(new FeeItem("Lệ phí", FeeKind.CHARGE, -1000L, null)),
                        template.documents(), null, null, null, template.applicants(), false, null, null,
                        template.process(), List.of(), true),
                new ProcedureDefinition(overLimit, "Quá thời hạn", field, template.levels(), null, List.of(),
                        TimeLimit.days("1"), List.of(), List.of(), null, null, null, template.applicants(), false,
                        null, null, template.process(), List.of(), true),
                CatalogTestData.procedure(duplicate, "Trùng mã 1", field, null),
                CatalogTestData.procedure(duplicate, "Trùng mã 2", field, null));

        mvc.perform(post("/api/v1/procedures/import").with(httpBasic("admin", "QuanTri@Test-2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(file)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.failed").value(5))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", hasItem("field")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].message.vi",
                        hasItem("Lĩnh vực KHONG-CO-LV chưa có trong danh mục lĩnh vực.")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].message.en",
                        hasItem("Field KHONG-CO-LV is not in the list of fields.")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].field", hasItem("fees[0].amount")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field", hasItem("process")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].field", hasItem("code")));

        assertThat(catalog.current(good.code())).isPresent();
        for (String code : List.of(unknownField, negativeFee, overLimit, duplicate)) {
            assertThat(catalog.current(code)).as(code).isEmpty();
        }
    }

    @Test
    void processMustStartWithReceptionAndEndWithAReturnThatTakesNoTime() throws Exception {
        String code = CatalogTestData.code();
        ProcedureDefinition p = CatalogTestData.procedure(code, "Quy trình sai", CatalogTestData.field(jdbc), null);
        ProcedureDefinition wrong = new ProcedureDefinition(code, p.name(), p.field(), p.levels(), null, List.of(),
                p.timeLimit(), p.fees(), p.documents(), null, null, null, p.applicants(), false, null, null,
                List.of(new ProcessStep("Thẩm định", Role.SPECIALIST, StepAgency.RESOLVING, null, TimeLimit.days("1")),
                        new ProcessStep("Trả", Role.RECEPTION, StepAgency.RESOLVING, null, TimeLimit.hours("2"))),
                List.of(), true);
        mvc.perform(post("/api/v1/procedures/import").with(httpBasic("admin", "QuanTri@Test-2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(List.of(wrong))))
                .andExpect(jsonPath("$.errors[*].field", hasItem("process[0].role")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("process[1].share")));
        assertThat(catalog.current(code)).isEmpty();
    }

    @Test
    void aMalformedItemIsReportedAndTheOthersStillImport() throws Exception {
        String field = CatalogTestData.field(jdbc);
        ProcedureDefinition good = CatalogTestData.procedure(CatalogTestData.code(), "Thủ tục đúng", field, null);
        String body = "[" + json.writeValueAsString(good) + ", {\"code\":\"9.000001.BAD\",\"onlineLevel\":\"MUC_4\"}]";
        mvc.perform(post("/api/v1/procedures/import").with(httpBasic("admin", "QuanTri@Test-2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("onlineLevel"));
    }
}
