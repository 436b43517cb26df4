package vn.motcua.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.organization.OrgFixtures.ADMIN;
import static vn.motcua.organization.OrgFixtures.as;
import static vn.motcua.organization.OrgFixtures.unique;

@IntegrationTest
class AgencyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void provinceAdministratorCreatesSearchesAndUpdatesAnAgencyWithAnAuditTrail() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        String code = unique("SO");
        long id = fx.agency(code, null);
        mvc.perform(get("/api/v1/agencies").param("q", code.toLowerCase()).with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(code));
        mvc.perform(put("/api/v1/agencies/" + id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"Sở Tư pháp","type":"DEPARTMENT","level":"PROVINCE","version":0}
                """.formatted(code))).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Sở Tư pháp"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'agency' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        String code = unique("V");
        long id = fx.agency(code, null);
        String body = """
                {"code":"%s","name":"Tên mới","type":"OTHER","level":"PROVINCE","version":0}
                """.formatted(code);
        mvc.perform(put("/api/v1/agencies/" + id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/agencies/" + id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputNamesEachFieldInBothLanguages() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        String taken = unique("T");
        fx.agency(taken, null);
        mvc.perform(post("/api/v1/agencies").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"","parentId":999999999,"administrativeUnitId":999999999}
                """.formatted(taken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message.vi").value(hasItem("Giá trị này đã được sử dụng.")))
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message.en").value(hasItem("This value is already in use.")))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='type')].message.en").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='level')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='parentId')].message.vi").value(hasItem("Không tìm thấy giá trị này.")))
                .andExpect(jsonPath("$.errors[?(@.field=='administrativeUnitId')]").exists());
        mvc.perform(post("/api/v1/agencies").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"có dấu\",\"name\":\"x\",\"type\":\"NOPE\",\"level\":\"PROVINCE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/agencies").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"có dấu\",\"name\":\"x\",\"type\":\"OTHER\",\"level\":\"PROVINCE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message.en").exists());
        mvc.perform(put("/api/v1/agencies/999999999").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agencies").param("type", "X").param("size", "0").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/v1/agencies").param("size", "0").with(ADMIN))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(post("/api/v1/agencies").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void parentChainCannotLoop() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        String top = unique("P");
        long parent = fx.agency(top, null);
        long child = fx.agency(unique("C"), parent);
        mvc.perform(put("/api/v1/agencies/" + parent).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"Cha","type":"OTHER","level":"PROVINCE","parentId":%d,"version":0}
                """.formatted(top, child))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='parentId')].message.vi").exists());
    }

    @Test
    void scopedAdministratorWorksOnlyUnderItsAgency() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        long b = fx.agency(unique("B"), null);
        String admin = unique("qt").toLowerCase();
        fx.officer(admin, a, "ADMIN", a);
        String inA = """
                {"code":"%s","name":"Phòng thuộc A","type":"OTHER","level":"PROVINCE","parentId":%d}
                """;
        mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(inA.formatted(unique("A1"), a))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(inA.formatted(unique("B1"), b))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"Cấp tỉnh","type":"OTHER","level":"PROVINCE"}
                """.formatted(unique("R")))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agencies/" + b + "/deactivate").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agencies/" + b).with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void receptionOfficerReadsButCannotWrite() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        String officer = unique("tn").toLowerCase();
        fx.officer(officer, a, "RECEPTION", a);
        mvc.perform(get("/api/v1/agencies").with(as(officer))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/agencies").with(as(officer)).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"X","type":"OTHER","level":"PROVINCE","parentId":%d}
                """.formatted(unique("X"), a))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agencies")).andExpect(status().isUnauthorized());
    }

    @Test
    void deactivatingAndActivatingAnAgency() throws Exception {
        long id = new OrgFixtures(mvc).agency(unique("D"), null);
        mvc.perform(post("/api/v1/agencies/" + id + "/deactivate").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/agencies/" + id + "/activate").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void listFiltersByParentTypeLevelAndActiveWithPaging() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long parent = fx.agency(unique("F"), null);
        fx.agency(unique("F1"), parent);
        long second = fx.agency(unique("F2"), parent);
        mvc.perform(post("/api/v1/agencies/" + second + "/deactivate").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies").param("parent", String.valueOf(parent)).with(ADMIN))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/agencies").param("parent", String.valueOf(parent)).param("active", "true")
                .param("type", "DEPARTMENT").param("level", "PROVINCE").with(ADMIN))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/agencies").param("parent", String.valueOf(parent)).param("size", "1")
                .param("page", "1").with(ADMIN))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/agencies").param("parent", String.valueOf(parent)).param("level", "COMMUNE")
                .with(ADMIN)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/agencies").param("active", "maybe").with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
    }
}
