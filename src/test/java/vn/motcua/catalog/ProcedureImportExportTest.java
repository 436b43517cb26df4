package vn.motcua.catalog;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProcedureImportExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Catalog catalog;

    @Test
    void jsonImportExportImportLeavesTheCatalogUnchanged() throws Exception {
        List<ProcedureDefinition> mine = importSample();
        byte[] exported = export("json");
        mvc.perform(post("/api/v1/procedures/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(exported))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.failed").value(0));
        assertUnchanged(mine);
    }

    @Test
    void excelExportOpensInPoiAndReimportsUnchanged() throws Exception {
        List<ProcedureDefinition> mine = importSample();
        byte[] workbook = export("xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet procedures = book.getSheet("Thủ tục");
            assertThat(procedures).isNotNull();
            boolean found = false;
            for (Row row : procedures) {
                found |= mine.get(0).code().equals(row.getCell(0).getStringCellValue());
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("Thành phần hồ sơ")).isNotNull();
            assertThat(book.getSheet("Phí, lệ phí")).isNotNull();
            assertThat(book.getSheet("Quy trình")).isNotNull();
        }
        mvc.perform(multipart("/api/v1/catalog/import").file(new MockMultipartFile("file", "catalog.xlsx",
                "application/octet-stream", workbook)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.failed").value(0));
        assertUnchanged(mine);
    }

    @Test
    void acceptsTheNationalPortalLayThuTucShape() throws Exception {
        String code = CatalogTestData.code();
        String fieldCode = "T" + CatalogTestData.word(5).toUpperCase();
        String item = """
                [{"MATTHC":"%s","TENTTHC":"Đăng ký khai tử","TRANGTHAI":"1",
                  "LINHVUCTHUCHIEN":[{"MALINHVUC":"%s","TENLINHVUC":"Hộ tịch"}],
                  "COQUANTHUCHIEN":[{"MADONVI":"000.00.00.X99","TENDONVI":"UBND cấp xã"}],
                  "CAPTHUCHIEN":[{"CAPTHUCHIEN":"3"}],
                  "CACHTHUCTHUCHIEN":[{"KENH":"1","THOIGIAN":[{"THOIGIANGIAIQUYET":"0,5","DONVITINH":"Ngày làm việc",
                     "MOTA":"","PHILEPHI":[{"MAPHILEPHI":"1","SOTIEN":"0","DONVI":"Đồng","MOTA":"Lệ phí: miễn"}]}]},
                     {"KENH":"2","THOIGIAN":[]}],
                  "TRINHTUTHUCHIEN":[{"TRINHTU":[{"TENTRINHTU":"Nộp tờ khai"}]}],
                  "THANHPHANHOSO":[{"TRUONGHOP":"","GIAYTO":[{"MAGIAYTO":"1","TENGIAYTO":"Tờ khai đăng ký khai tử",
                     "TENMAUDON":"Mẫu tờ khai","URL":"","SOBANCHINH":"1","SOBANSAO":"0"}]}],
                  "DOITUONGTHUCHIEN":"Công dân Việt Nam",
                  "KETQUATHUCHIEN":[{"MAKETQUA":"1","TENKETQUA":"Trích lục khai tử"}],
                  "CANCUPHAPLY":[{"SOVANBAN":"60/2014/QH13","TENVANBAN":"Luật Hộ tịch"}]}]
                """.formatted(code, fieldCode);
        mvc.perform(post("/api/v1/procedures/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(item)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        ProcedureDefinition p = catalog.current(code).orElseThrow().content();
        assertThat(p.field()).isEqualTo(fieldCode);
        assertThat(p.levels()).containsExactly(AdministrativeLevel.COMMUNE);
        assertThat(p.agency()).isNull();
        assertThat(p.timeLimit()).isEqualTo(TimeLimit.days("0.5"));
        assertThat(p.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(p.documents()).extracting(DocumentRequirement::name).containsExactly("Tờ khai đăng ký khai tử");
        assertThat(p.fees()).extracting(FeeItem::kind).containsExactly(FeeKind.CHARGE);
        assertThat(p.legalBasis()).contains("Luật Hộ tịch");
        assertThat(p.process()).hasSize(4);
    }

    private List<ProcedureDefinition> importSample() throws Exception {
        String field = CatalogTestData.field(jdbc);
        String agency = CatalogTestData.agency(jdbc, AdministrativeLevel.PROVINCE);
        String next = CatalogTestData.agency(jdbc, AdministrativeLevel.PROVINCE);
        ProcedureDefinition plain = CatalogTestData.procedure(CatalogTestData.code(), "Cấp giấy phép xây dựng thử", field,
                agency);
        ProcedureDefinition base = CatalogTestData.procedure(CatalogTestData.code(), "Thủ tục liên thông thử", field, agency);
        ProcedureDefinition chained = new ProcedureDefinition(base.code(), base.name(), field,
                List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.COMMUNE), null, List.of(agency, next),
                TimeLimit.hours("12.5"), List.of(), base.documents(), null, OnlineLevel.NONE, OnTheSpot.FIVE,
                List.of(ApplicantKind.CITIZEN, ApplicantKind.ORGANIZATION), false, null, null,
                List.of(new ProcessStep("Tiếp nhận", Role.RECEPTION, StepAgency.RESOLVING, null, TimeLimit.hours("0.5")),
                        new ProcessStep("Chuyển liên thông", Role.SPECIALIST, StepAgency.NEXT_IN_CHAIN, null,
                                TimeLimit.hours("8")),
                        new ProcessStep("Trả kết quả", Role.RECEPTION, StepAgency.RESOLVING, null, TimeLimit.hours("0"))),
                List.of(new ProcessOverride(next, List.of(
                        new ProcessStep("Tiếp nhận", Role.RECEPTION, StepAgency.SPECIFIC, next, TimeLimit.hours("1")),
                        new ProcessStep("Trả kết quả", Role.RECEPTION, StepAgency.RESOLVING, null, TimeLimit.hours("0"))))),
                false);
        mvc.perform(post("/api/v1/procedures/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsBytes(List.of(plain, chained))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        return List.of(plain, chained);
    }

    private void assertUnchanged(List<ProcedureDefinition> mine) {
        for (ProcedureDefinition p : mine) {
            ProcedureVersion current = catalog.current(p.code()).orElseThrow();
            assertThat(current.version()).isEqualTo(1);
            assertThat(current.content()).isEqualTo(p);
        }
    }

    private byte[] export(String format) throws Exception {
        return mvc.perform(get("/api/v1/catalog/export").param("format", format).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "QuanTri@Test-2026");
    }
}
