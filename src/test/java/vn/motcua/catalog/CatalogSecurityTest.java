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
        String username = "reception-" + CatalogTestData.word(6);
        long id = jdbc.sql("""
                insert into account (username, password_hash, kind, display_name, enabled, created_at)
                values (:u, :p, 'OFFICER', 'Cán bộ tiếp nhận thử', true, :t)
                """).param("u", username).param("p", encoder.encode("Reception@2026"))
                .param("t", Timestamp.from(Instant.now()))
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") > 0
                        ? jdbc.sql("select id from account where username = :u").param("u", username)
                                .query(Long.class).single()
                        : 0;
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'RECEPTION')").param("id", id).update();
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
}
