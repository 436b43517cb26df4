package vn.motcua.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.organization.OrgFixtures.ADMIN;
import static vn.motcua.organization.OrgFixtures.PASSWORD;
import static vn.motcua.organization.OrgFixtures.as;
import static vn.motcua.organization.OrgFixtures.unique;

@IntegrationTest
class OfficerApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String officerJson(String username, long agency, String roles) {
        return """
                {"fullName":"Trần Thị Hoa","position":"Chuyên viên","agencyId":%d,"username":"%s","password":"%s",
                 "roles":[%s]}
                """.formatted(agency, username, PASSWORD, roles);
    }

    @Test
    void creatingAnOfficerCreatesItsLoginAndDeactivatingDisablesIt() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long agency = fx.agency(unique("S"), null);
        long desk = fx.desk(unique("MC"), agency);
        long counter = OrgFixtures.id(mvc.perform(post("/api/v1/desks/" + desk + "/counters").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"Q1\",\"name\":\"Quầy 1\"}"))
                .andReturn().getResponse().getContentAsString());
        String username = unique("cb").toLowerCase();
        String json = mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"fullName":"Lê Văn Nam","agencyId":%d,"deskId":%d,"counterIds":[%d],"username":"%s",
                         "password":"%s","roles":[{"role":"RECEPTION","agencyId":%d}]}
                        """.formatted(agency, desk, counter, username, PASSWORD, agency)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.counterIds[0]").value(counter))
                .andExpect(jsonPath("$.roles[0].role").value("RECEPTION"))
                .andReturn().getResponse().getContentAsString();
        long id = OrgFixtures.id(json);
        assertThat(json).doesNotContain(PASSWORD);
        assertThat(jdbc.sql("select changes from audit_log where entity_type = 'officer' and entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).list()).noneMatch(c -> c.contains(PASSWORD));
        mvc.perform(get("/api/v1/agencies").with(as(username))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/officers").param("agency", String.valueOf(agency)).with(ADMIN))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].fullName").value("Lê Văn Nam"));

        mvc.perform(post("/api/v1/officers/" + id + "/deactivate").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/agencies").with(as(username))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/officers/" + id + "/activate").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies").with(as(username))).andExpect(status().isOk());
    }

    @Test
    void scopedAdministratorCannotTouchAnotherAgencysOfficers() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        long childOfA = fx.agency(unique("A2"), a);
        long b = fx.agency(unique("B"), null);
        String admin = unique("qt").toLowerCase();
        fx.officer(admin, a, "ADMIN", a);
        long officerOfB = fx.officer(unique("ob").toLowerCase(), b, "SPECIALIST", b);

        mvc.perform(post("/api/v1/officers").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(officerJson(unique("u").toLowerCase(), childOfA,
                        "{\"role\":\"SPECIALIST\",\"agencyId\":" + childOfA + "}")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/officers").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(officerJson(unique("u").toLowerCase(), b, "{\"role\":\"SPECIALIST\",\"agencyId\":" + b + "}")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/officers").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(officerJson(unique("u").toLowerCase(), a, "{\"role\":\"LEADER\",\"agencyId\":" + b + "}")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/officers").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(officerJson(unique("u").toLowerCase(), a, "{\"role\":\"MONITOR\",\"agencyId\":null}")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/officers/" + officerOfB + "/deactivate").with(as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/officers/" + officerOfB).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"X\",\"agencyId\":" + a + ",\"version\":0}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/officers/" + officerOfB).with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void provinceAdministratorGrantsProvinceWideRoles() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(officerJson(unique("gs").toLowerCase(), a, "{\"role\":\"MONITOR\",\"agencyId\":null}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.roles[0].agencyId").doesNotExist());
    }

    @Test
    void receptionOfficerCannotCreateOfficers() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        String reception = unique("tn").toLowerCase();
        fx.officer(reception, a, "RECEPTION", a);
        mvc.perform(post("/api/v1/officers").with(as(reception)).contentType(MediaType.APPLICATION_JSON)
                .content(officerJson(unique("u").toLowerCase(), a, ""))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/officers").with(as(reception))).andExpect(status().isOk());
    }

    @Test
    void updateWithStaleVersionIsAConflict() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        long id = fx.officer(unique("u").toLowerCase(), a, "CLERK", a);
        String body = """
                {"fullName":"Phạm Thu Trang","position":"Văn thư","agencyId":%d,"version":0,
                 "roles":[{"role":"CLERK","agencyId":%d}]}
                """.formatted(a, a);
        mvc.perform(put("/api/v1/officers/" + id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.position").value("Văn thư"));
        mvc.perform(put("/api/v1/officers/" + id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message.vi").exists());
    }

    @Test
    void badInputNamesEachFieldInBothLanguages() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        long deskA = fx.desk(unique("MA"), a);
        long deskB = fx.desk(unique("MB"), a);
        long counterOfB = OrgFixtures.id(mvc.perform(post("/api/v1/desks/" + deskB + "/counters").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"Q1\",\"name\":\"Quầy 1\"}"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"fullName":"","email":"not-an-email","agencyId":999999999,"deskId":%d,"counterIds":[%d],
                 "roles":[{"role":null,"agencyId":999999999}]}
                """.formatted(deskA, counterOfB))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='fullName')].message.vi").value(hasItem("Trường này là bắt buộc.")))
                .andExpect(jsonPath("$.errors[?(@.field=='fullName')].message.en").value(hasItem("This field is required.")))
                .andExpect(jsonPath("$.errors[?(@.field=='email')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='agencyId')].message.en").value(hasItem("This value was not found.")))
                .andExpect(jsonPath("$.errors[?(@.field=='counterIds')].message.vi")
                        .value(hasItem("Quầy được chọn phải thuộc bộ phận một cửa của cán bộ.")))
                .andExpect(jsonPath("$.errors[?(@.field=='roles[0].role')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='roles[0].agencyId')].message.en").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='username')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='password')].message.en").exists());
        mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"fullName":"Ngô Văn Tư","agencyId":%d,"deskId":999999999,"username":"x y","password":"short"}
                """.formatted(a))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='deskId')].message.vi").exists());
        mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"fullName":"Ngô Văn Tư","agencyId":%d,"username":"admin","password":"short"}
                """.formatted(a))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='username')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='password')].message.en").exists());
        mvc.perform(post("/api/v1/officers").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[{\"role\":\"KING\"}]}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(containsString("role")));
        mvc.perform(get("/api/v1/officers").param("role", "KING").with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(get("/api/v1/officers/999999999").with(ADMIN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message.vi").value(not("")));
        mvc.perform(post("/api/v1/officers/999999999/deactivate").with(ADMIN)).andExpect(status().isNotFound());
    }
}
