package vn.motcua.organization.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.organization.AdministrativeUnitKind;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrativeUnitQueryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitImporter importer;
    @Autowired
    AdministrativeUnits units;

    @BeforeEach
    void officialListsAreImported() {
        OfficialFiles.ensureImported(importer, jdbc);
    }

    @Test
    void aReusedCodeNamesADifferentWardInEachEdition() throws Exception {
        mvc.perform(get("/api/v1/admin-units/2025/00004").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Phường Ba Đình"))
                .andExpect(jsonPath("$.kind").value("WARD"))
                .andExpect(jsonPath("$.level").value("COMMUNE"))
                .andExpect(jsonPath("$.parentCode").value("01"))
                .andExpect(jsonPath("$.validFrom").value("2025-07-01"));
        mvc.perform(get("/api/v1/admin-units/2024/00004").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Phường Trúc Bạch"))
                .andExpect(jsonPath("$.parentCode").value("001"))
                .andExpect(jsonPath("$.validTo").value("2025-06-30"));
    }

    @Test
    void kindsComeFromTheFullNameAndTheLevel() {
        assertThat(units.byCode("2025", "01").orElseThrow().kind()).isEqualTo(AdministrativeUnitKind.CENTRAL_CITY);
        assertThat(units.byCode("2025", "04").orElseThrow().kind()).isEqualTo(AdministrativeUnitKind.PROVINCE);
        assertThat(units.byCode("2024", "001").orElseThrow().kind()).isEqualTo(AdministrativeUnitKind.URBAN_DISTRICT);
        assertThat(units.children("2025", "22")).anyMatch(u -> u.kind() == AdministrativeUnitKind.SPECIAL_ZONE);
        assertThat(units.byCode("2024", "00001").orElseThrow().validOn(java.time.LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void anUnknownCodeAnswers404InBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/admin-units/2025/99999").with(admin())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message.vi").value(
                        "Không tìm thấy đơn vị hành chính mã 99999 trong danh mục 2025."));
    }

    @Test
    void theListFiltersByEditionLevelAndParent() throws Exception {
        mvc.perform(get("/api/v1/admin-units").param("edition", "2024").param("level", "DISTRICT")
                        .param("parent", "01").param("size", "5").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(30))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].code").value("001"));
    }

    @Test
    void theNameIsFoundWithoutDiacritics() throws Exception {
        mvc.perform(get("/api/v1/admin-units").param("edition", "2025").param("q", "ba dinh").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName",
                        containsInAnyOrder("Phường Ba Đình", "Xã Ba Đình", "Xã Ba Dinh")));
    }

    @Test
    void badFiltersAreReportedByField() throws Exception {
        mvc.perform(get("/api/v1/admin-units").param("level", "HAMLET").param("size", "1000").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/admin-units").param("size", "1000").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void thePageListsFiltersAndShowsDatesTheVietnameseWay() throws Exception {
        var session = TestAccounts.login(mvc, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        mvc.perform(get("/staff/admin-units").param("edition", "2024").param("q", "truc bach").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Trúc Bạch")))
                .andExpect(content().string(containsString("đến 30/06/2025")))
                .andExpect(content().string(containsString("Ba Đình (001)")));
    }

    @Test
    void anUploadOnThePageReportsTheCountsPerLevel() throws Exception {
        var session = TestAccounts.login(mvc, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        mvc.perform(multipart("/staff/admin-units/import")
                        .file(new MockMultipartFile("file", "vn-admin-units-2025.json", "application/json",
                                OfficialFiles.bytes(OfficialFiles.FILE_2025)))
                        .header("HX-Request", "true").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập danh mục: Sau sắp xếp (từ 01/07/2025).")))
                .andExpect(content().string(containsString("3.321")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
