package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report narrowed to the desk that received the dossiers (API, Excel, drill-down), and its PDF. */
@IntegrationTest
class ResolutionDeskAndPdfTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final RequestPostProcessor ADMIN = httpBasic("admin", "QuanTri@Test-2026");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ReportFixtures fixtures;

    ReportFixtures.Agency province;
    ReportFixtures.Agency commune;
    ReportFixtures.Desk centre;
    ReportFixtures.Desk communeDesk;

    @BeforeEach
    void dossiers() {
        ReportFixtures fx = fixtures;
        province = fx.agency("Sở Tư pháp thử", AdministrativeLevel.PROVINCE, null);
        commune = fx.agency("Ủy ban nhân dân xã Đồng Thử", AdministrativeLevel.COMMUNE, province.id());
        centre = fx.desk("Trung tâm Phục vụ hành chính công thử", province.id());
        communeDesk = fx.desk("Bộ phận một cửa xã thử", commune.id());
        fx.insert(List.of(
                seed(province, centre, "RESOLVED", "2022-02-01T09:00", "2022-02-20T17:00", "2022-02-10T10:00"),
                seed(province, centre, "RESOLVED", "2022-02-02T09:00", "2022-02-05T17:00", "2022-02-08T10:00"),
                seed(commune, centre, "PROCESSING", "2022-02-03T09:00", "2022-03-20T17:00", null),
                seed(commune, communeDesk, "RESOLVED", "2022-02-04T09:00", "2022-02-20T17:00",
                        "2022-02-20T16:00"),
                seed(commune, null, "PROCESSING", "2022-02-05T09:00", "2022-02-10T17:00", null)));
    }

    @Test
    void theDeskFilterCountsOnlyTheDossiersTheDeskReceivedByCodeOrId() throws Exception {
        for (String desk : List.of(centre.code(), Long.toString(centre.id()))) {
            mvc.perform(report("/api/v1/reports/resolution").param("desk", desk).with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totals.received").value(3))
                    .andExpect(jsonPath("$.totals.resolved").value(2))
                    .andExpect(jsonPath("$.totals.resolvedLate").value(1))
                    .andExpect(jsonPath("$.rows.length()").value(2));
        }
        mvc.perform(report("/api/v1/reports/resolution").param("desk", communeDesk.code()).with(ADMIN))
                .andExpect(jsonPath("$.totals.received").value(1))
                .andExpect(jsonPath("$.totals.resolvedOnTime").value(1));
        mvc.perform(report("/api/v1/reports/resolution").with(ADMIN))
                .andExpect(jsonPath("$.totals.received").value(5));
        mvc.perform(report("/api/v1/reports/resolution/dossiers").param("desk", centre.code())
                .param("cell", "inProgress").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].agencyCode").value(commune.code()));
        byte[] xlsx = mvc.perform(report("/api/v1/reports/resolution.xlsx").param("desk", centre.code()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(4).getNumericCellValue()).as("received").isEqualTo(3);
        }
    }

    @Test
    void anUnknownDeskIsAFieldProblemAndADeskOutsideTheScopeIsForbidden() throws Exception {
        mvc.perform(report("/api/v1/reports/resolution").param("desk", "KHONG-CO-QUAY").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("desk"))
                .andExpect(jsonPath("$.errors[0].message.vi")
                        .value("Không tìm thấy bộ phận một cửa có mã hoặc số KHONG-CO-QUAY."));
        String monitor = data.officer(commune.id(), Role.MONITOR, commune.id());
        mvc.perform(period("/api/v1/reports/resolution").param("desk", centre.code())
                .with(httpBasic(monitor, TestData.PASSWORD))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message.vi").value(
                        "Bạn không có quyền xem báo cáo của Trung tâm Phục vụ hành chính công thử."));
        mvc.perform(period("/api/v1/reports/resolution").param("desk", communeDesk.code())
                .with(httpBasic(monitor, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totals.received").value(1));
    }

    @Test
    void thePdfIsBieu06InVietnameseWithTheSameNumbersAsTheApi() throws Exception {
        String json = mvc.perform(report("/api/v1/reports/resolution").with(ADMIN)).andReturn().getResponse()
                .getContentAsString();
        byte[] pdf = mvc.perform(report("/api/v1/reports/resolution.pdf").with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bao-cao-giai-quyet-2022-02-01-2022-02-28.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        // For looking at (never asserted), like the browser tests' screenshots.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "bieu-06.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).as("A4 landscape").isCloseTo(842, org.assertj.core.data.Offset.offset(1f));
            assertThat(height).as("A4 landscape").isCloseTo(595, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Biểu 06/VPCP/KSTT", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                    "Kỳ báo cáo: từ ngày 01/02/2022 đến ngày 28/02/2022", "Ủy ban nhân dân xã Đồng Thử",
                    "Sở Tư pháp thử", "Tỉnh", "Xã", "Tổng cộng");
            for (int i = 0; i < 2; i++) {
                Map<String, Object> row = JsonPath.read(json, "$.rows[" + i + "]");
                assertThat(text).contains(row.get("agencyName") + " " + numbers(row));
            }
            assertThat(text).contains("Tổng cộng " + numbers(JsonPath.read(json, "$.totals")));
        }
    }

    /** A row's numbers as the PDF prints them: the columns in order, then the two rates. */
    private static String numbers(Map<String, Object> row) {
        StringBuilder s = new StringBuilder();
        for (Cell cell : List.of(Cell.TO_HANDLE, Cell.RECEIVED, Cell.RECEIVED_ONLINE, Cell.RECEIVED_DIRECT,
                Cell.RECEIVED_POSTAL, Cell.CARRIED_OVER, Cell.RESOLVED, Cell.RESOLVED_EARLY, Cell.RESOLVED_ON_TIME,
                Cell.RESOLVED_LATE, Cell.WITHDRAWN, Cell.IN_PROGRESS, Cell.IN_PROGRESS_WITHIN_TIME,
                Cell.IN_PROGRESS_OVERDUE)) {
            s.append(row.get(cell.key())).append(' ');
        }
        for (String rate : List.of("onTimeRate", "onlineRate")) {
            Object r = row.get(rate);
            s.append(r == null ? "—" : new java.math.BigDecimal(r.toString()).setScale(2).toPlainString()
                    .replace('.', ',')).append(' ');
        }
        return s.toString().trim();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder report(String path) {
        return period(path).param("agency", province.code());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder period(String path) {
        return get(path).param("from", "2022-02-01").param("to", "2022-02-28");
    }

    private static ReportFixtures.Seed seed(ReportFixtures.Agency agency, ReportFixtures.Desk desk, String status,
            String received, String due, String finished) {
        return new ReportFixtures.Seed(TestData.unique("K"), agency.id(), agency.code(), agency.level().name(), "P",
                "F", "FULL", "DIRECT", status, at(received), at(due), finished == null ? null : at(finished),
                desk == null ? null : desk.id());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }
}
