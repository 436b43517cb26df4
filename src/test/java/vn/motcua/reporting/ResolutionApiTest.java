package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Row;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ResolutionApiTest {

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
    String lateCode;

    @BeforeEach
    void dossiers() {
        ReportFixtures fx = fixtures;
        province = fx.agency("Sở thử API", AdministrativeLevel.PROVINCE, null);
        commune = fx.agency("Xã thử API", AdministrativeLevel.COMMUNE, province.id());
        lateCode = TestData.unique("L");
        List<ReportFixtures.Seed> seeds = new ArrayList<>();
        seeds.add(seed(lateCode, province, "ONLINE", "RESOLVED", "2022-01-05T09:00", "2022-01-20T17:00",
                "2022-02-03T10:00"));
        seeds.add(seed(TestData.unique("E"), province, "DIRECT", "RETURNED", "2022-02-01T09:00", "2022-02-20T17:00",
                "2022-02-10T10:00"));
        seeds.add(seed(TestData.unique("W"), commune, "POSTAL", "WITHDRAWN", "2022-02-01T09:00", "2022-02-20T17:00",
                "2022-03-10T10:00"));
        seeds.add(seed(TestData.unique("O"), commune, "ONLINE", "PROCESSING", "2022-03-30T09:00",
                "2022-04-20T17:00", null));
        fx.insert(seeds);
    }

    @Test
    void theReportHasExactlyTheContractedNumbersPerAgencyGroupedByLevel() throws Exception {
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-01-01").param("to", "2022-03-31")
                .param("agency", province.code()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2022-01-01")).andExpect(jsonPath("$.to").value("2022-03-31"))
                .andExpect(jsonPath("$.rows[0].agencyCode").value(province.code()))
                .andExpect(jsonPath("$.rows[0].agencyName").value("Sở thử API"))
                .andExpect(jsonPath("$.rows[1].agencyCode").value(commune.code()))
                .andExpect(jsonPath("$.totals.received").value(4))
                .andExpect(jsonPath("$.totals.receivedOnline").value(2))
                .andExpect(jsonPath("$.totals.resolvedLate").value(1))
                .andExpect(jsonPath("$.totals.resolvedEarly").value(1))
                .andExpect(jsonPath("$.totals.withdrawn").value(1))
                .andExpect(jsonPath("$.totals.inProgressWithinTime").value(1))
                .andExpect(jsonPath("$.totals.onTimeRate").value(50.00))
                .andExpect(jsonPath("$.totals.onlineRate").value(50.00));
        String json = mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-01-01")
                .param("to", "2022-03-31").param("agency", province.code()).with(ADMIN))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> totals = JsonPath.read(json, "$.totals");
        assertThat(totals.keySet()).containsExactlyInAnyOrder("received", "receivedOnline", "receivedDirect",
                "receivedPostal", "carriedOver", "toHandle", "resolved", "resolvedEarly", "resolvedOnTime",
                "resolvedLate", "withdrawn", "inProgress", "inProgressWithinTime", "inProgressOverdue", "onTimeRate",
                "onlineRate");
        Map<String, Object> row = JsonPath.read(json, "$.rows[0]");
        assertThat(row.keySet()).containsExactlyInAnyOrder("agencyCode", "agencyName", "level", "received",
                "receivedOnline", "receivedDirect", "receivedPostal", "carriedOver", "toHandle", "resolved",
                "resolvedEarly", "resolvedOnTime", "resolvedLate", "withdrawn", "inProgress", "inProgressWithinTime",
                "inProgressOverdue", "onTimeRate", "onlineRate");
    }

    @Test
    void theDrillDownListsTheDossiersBehindACell() throws Exception {
        mvc.perform(get("/api/v1/reports/resolution/dossiers").param("from", "2022-02-01").param("to", "2022-02-28")
                .param("agency", province.code()).param("cell", "resolvedLate").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(lateCode));
        mvc.perform(get("/api/v1/reports/resolution/dossiers").param("from", "2022-02-01").param("to", "2022-02-28")
                .param("agency", province.code()).param("row", commune.code()).param("cell", "toHandle").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].agencyCode").value(commune.code()));
        mvc.perform(get("/api/v1/reports/resolution/dossiers").param("from", "2022-02-01").param("to", "2022-02-28")
                .param("cell", "nothing").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cell"));
    }

    @Test
    void badPeriodsAndFiltersAreFieldLevelProblemsInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-13-01").param("level", "CITY")
                .param("onlineLevel", "X").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("from", "to", "level",
                        "onlineLevel")))
                .andExpect(jsonPath("$.errors[?(@.field=='from')].message.vi")
                        .value(hasItem("Ngày phải có dạng yyyy-MM-dd (ví dụ 2022-03-31).")))
                .andExpect(jsonPath("$.errors[?(@.field=='from')].message.en")
                        .value(hasItem("A date is written yyyy-MM-dd (e.g. 2022-03-31).")));
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-03-31").param("to", "2022-03-01")
                .with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message.en").value("The end date cannot be before the start date."));
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2010-01-01").param("to", "2020-01-02")
                .with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message.vi").value("Kỳ báo cáo dài tối đa 10 năm."));
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2010-01-01").param("to", "2010-01-02")
                .param("agency", "KHONG-CO").with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"));
    }

    @Test
    void onlyMonitorsLeadersAndAdministratorsWithinTheirScope() throws Exception {
        String monitor = data.officer(commune.id(), Role.MONITOR, commune.id());
        String receptionist = data.officer(commune.id(), Role.RECEPTION, null);
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-01-01").param("to", "2022-03-31")
                .with(httpBasic(receptionist, TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-01-01").param("to", "2022-03-31")
                .param("agency", province.code()).with(httpBasic(monitor, TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-01-01").param("to", "2022-03-31")
                .with(httpBasic(monitor, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].agencyCode").value(commune.code()))
                .andExpect(jsonPath("$.totals.toHandle").value(2));
        mvc.perform(get("/api/v1/reports/resolution")).andExpect(status().isUnauthorized());
    }

    @Test
    void theExcelExportHoldsTheSameNumbersAsTheApi() throws Exception {
        String json = mvc.perform(get("/api/v1/reports/resolution").param("from", "2022-01-01")
                .param("to", "2022-03-31").param("agency", province.code()).with(ADMIN))
                .andReturn().getResponse().getContentAsString();
        byte[] xlsx = mvc.perform(get("/api/v1/reports/resolution.xlsx").param("from", "2022-01-01")
                .param("to", "2022-03-31").param("agency", province.code()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Tổng số");
            assertThat(sheet.getRow(4).getCell(12).getStringCellValue()).isEqualTo("Quá hạn");
            List<Row> agencyRows = new ArrayList<>();
            Row total = null;
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty()) {
                    agencyRows.add(row);
                } else if ("Tổng cộng".equals(row.getCell(2).getStringCellValue())) {
                    total = row;
                }
            }
            assertThat(agencyRows).hasSize(2);
            for (int i = 0; i < agencyRows.size(); i++) {
                Row row = agencyRows.get(i);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(JsonPath.read(json, "$.rows[" + i + "].agencyCode"));
                compare(row, JsonPath.read(json, "$.rows[" + i + "]"));
            }
            compare(total, JsonPath.read(json, "$.totals"));
        }
    }

    private static void compare(Row row, Map<String, Object> numbers) {
        int column = 3;
        for (Cell cell : List.of(Cell.TO_HANDLE, Cell.RECEIVED, Cell.RECEIVED_ONLINE, Cell.RECEIVED_DIRECT,
                Cell.RECEIVED_POSTAL, Cell.CARRIED_OVER, Cell.RESOLVED, Cell.RESOLVED_EARLY, Cell.RESOLVED_ON_TIME,
                Cell.RESOLVED_LATE, Cell.WITHDRAWN, Cell.IN_PROGRESS, Cell.IN_PROGRESS_WITHIN_TIME,
                Cell.IN_PROGRESS_OVERDUE)) {
            assertThat((long) row.getCell(column++).getNumericCellValue()).as(cell.key())
                    .isEqualTo(((Number) numbers.get(cell.key())).longValue());
        }
        for (String rate : List.of("onTimeRate", "onlineRate")) {
            var x = row.getCell(column++);
            Number expected = (Number) numbers.get(rate);
            if (expected == null) {
                assertThat(x.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            } else {
                assertThat(x.getNumericCellValue()).as(rate).isEqualTo(expected.doubleValue());
            }
        }
    }

    private static ReportFixtures.Seed seed(String code, ReportFixtures.Agency agency, String channel, String status,
            String received, String due, String finished) {
        return new ReportFixtures.Seed(code, agency.id(), agency.code(), agency.level().name(), "P", "F", "PARTIAL",
                channel, status, at(received), at(due), finished == null ? null : at(finished));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }
}
