package vn.motcua.catalog;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void thePublicCatalogNeedsNoLogin() throws Exception {
        mvc.perform(get("/api/v1/procedures")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/fields")).andExpect(status().isOk());
    }

    @Test
    void importExportAndEditingNeedALogin() throws Exception {
        mvc.perform(post("/api/v1/procedures/import").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/catalog/export")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/catalog/procedures/9.000000").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/procedures")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyAdministratorsChangeTheCatalog() throws Exception {
        String username = account("RECEPTION", null);
        String code = CatalogTestData.code();
        ProcedureDefinition p = CatalogTestData.procedure(code, "Thủ tục thử quyền", CatalogTestData.field(jdbc), null);

        mvc.perform(put("/api/v1/catalog/procedures/{c}", code).with(httpBasic(username, "Reception@2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(p)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message.vi").value("Bạn không có quyền thực hiện thao tác này."));
        mvc.perform(post("/api/v1/procedures/import").with(httpBasic(username, "Reception@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalog/export").with(httpBasic(username, "Reception@2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/procedures/{c}", code)).andExpect(status().isNotFound());
    }

    @Test
    void aDepartmentAdministratorChangesOnlyItsOwnProcedures() throws Exception {
        String field = CatalogTestData.field(jdbc);
        String own = CatalogTestData.agency(jdbc, vn.motcua.organization.AdministrativeLevel.PROVINCE);
        long ownId = jdbc.sql("select id from agency where code = :c").param("c", own).query(Long.class).single();
        String username = account("ADMIN", ownId);
        String mine = CatalogTestData.code();
        String theirs = CatalogTestData.code();
        mvc.perform(put("/api/v1/catalog/procedures/{c}", mine).with(httpBasic(username, "Reception@2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(CatalogTestData.procedure(mine, "Thủ tục của sở", field, own))))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/catalog/procedures/{c}", theirs).with(httpBasic(username, "Reception@2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(CatalogTestData.procedure(theirs, "Thủ tục cấp xã", field, null))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/procedures/import").with(httpBasic(username, "Reception@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isForbidden());
    }

    /** An officer account with one role (at an agency, or province-wide when agencyId is null). */
    private String account(String role, Long agencyId) {
        String username = role.toLowerCase() + "-" + CatalogTestData.word(6);
        jdbc.sql("""
                insert into account (username, password_hash, kind, display_name, enabled, created_at)
                values (:u, :p, 'OFFICER', 'Cán bộ thử', true, :t)
                """).param("u", username).param("p", encoder.encode("Reception@2026"))
                .param("t", Timestamp.from(Instant.now())).update();
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role, agency_id) values (:id, :r, :a)").param("id", id)
                .param("r", role).param("a", agencyId).update();
        return username;
    }
}
