package vn.motcua.organization.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrativeUnitAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    String officer;

    @BeforeEach
    void createOfficer() {
        officer = TestAccounts.receptionist(jdbc, encoder);
    }

    @Test
    void theApiAnswers401WithoutCredentials() throws Exception {
        mvc.perform(get("/api/v1/admin-units")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/v1/admin-units/import").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin-units/2025/01")).andExpect(status().isUnauthorized());
    }

    @Test
    void anOfficerWhoIsNotAdministratorMayReadButNotImport() throws Exception {
        mvc.perform(get("/api/v1/admin-units").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin-units/import").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message.vi").value(
                        "Chỉ quản trị viên cấp tỉnh mới được nhập danh mục đơn vị hành chính."))
                .andExpect(jsonPath("$.message.en").value(
                        "Only province-wide administrators may import administrative units."));
        mvc.perform(multipart("/api/v1/admin-units/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", "[]".getBytes()))
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theUnitsPageIsForAdministratorsOnly() throws Exception {
        var session = TestAccounts.login(mvc, officer, TestAccounts.PASSWORD);
        mvc.perform(get("/staff/admin-units").session(session)).andExpect(status().isForbidden());
        mvc.perform(multipart("/staff/admin-units/import")
                        .file(new MockMultipartFile("file", "x.json", "application/json", "[]".getBytes()))
                        .session(session).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/worklist").session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/staff/admin-units"))));
    }

    @Test
    void theAdministratorSeesThePageInTheMenuWithTheImportForm() throws Exception {
        var session = TestAccounts.login(mvc, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/admin-units")));
        mvc.perform(get("/staff/admin-units").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị hành chính")))
                .andExpect(content().string(containsString("Nhập danh mục đơn vị hành chính")))
                .andExpect(content().string(containsString("hx-encoding=\"multipart/form-data\"")));
    }
}
