package vn.motcua.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

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
class DeskApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void deskWithCountersIsCreatedListedAndUpdated() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long agency = fx.agency(unique("UB"), null);
        String code = unique("MC");
        long desk = fx.desk(code, agency);
        mvc.perform(get("/api/v1/desks").param("q", code).with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].agencyIds[0]").value(agency));
        long counter = OrgFixtures.id(mvc.perform(post("/api/v1/desks/" + desk + "/counters").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"Q01\",\"name\":\"Quầy số 1\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/desks/" + desk + "/counters").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"q01\",\"name\":\"Trùng\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message.vi").value(hasItem("Giá trị này đã được sử dụng.")));
        mvc.perform(get("/api/v1/desks/" + desk + "/counters").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("Q01"));
        mvc.perform(put("/api/v1/counters/" + counter).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"Q01\",\"name\":\"Quầy tiếp nhận 1\",\"version\":0}")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/counters/" + counter).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"Q01\",\"name\":\"Cũ\",\"version\":0}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/counters/" + counter + "/deactivate").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(put("/api/v1/desks/" + desk).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"Trung tâm","level":"PROVINCE","serviceCenter":true,"agencyId":%d,"version":0}
                """.formatted(code, agency))).andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceCenter").value(true)).andExpect(jsonPath("$.agencyIds.length()").value(0));
        mvc.perform(put("/api/v1/desks/" + desk).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"Trung tâm","level":"PROVINCE","agencyId":%d,"version":0}
                """.formatted(code, agency))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/desks/" + desk + "/deactivate").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void badInputOnDesksAndCountersNamesTheFields() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long agency = fx.agency(unique("UB"), null);
        String taken = unique("MC");
        long desk = fx.desk(taken, agency);
        mvc.perform(post("/api/v1/desks").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":" ","agencyId":999999999,"agencyIds":[999999998],"phone":"abc"}
                """.formatted(taken))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message.en").value(hasItem("This value is already in use.")))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='level')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='agencyId')].message.vi").value(hasItem("Không tìm thấy giá trị này.")))
                .andExpect(jsonPath("$.errors[?(@.field=='agencyIds')].message.en").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='phone')].message.vi").exists());
        mvc.perform(post("/api/v1/desks").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"agencyIds\":\"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyIds"));
        mvc.perform(post("/api/v1/desks/" + desk + "/counters").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"quầy 1\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='code')].message.vi").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message.en").exists());
        mvc.perform(post("/api/v1/desks/999999999/counters").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"Q1\",\"name\":\"Q\"}")).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/counters/999999999").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/desks").param("agency", "abc").with(ADMIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"));
        mvc.perform(put("/api/v1/desks/" + desk).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"X","level":"PROVINCE","agencyId":%d}
                """.formatted(taken, agency))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='version')].message.vi").exists());
    }

    @Test
    void scopedAdministratorManagesOnlyDesksOfItsAgencies() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        long b = fx.agency(unique("B"), null);
        long deskOfB = fx.desk(unique("MB"), b);
        String admin = unique("qt").toLowerCase();
        fx.officer(admin, a, "ADMIN", a);
        String body = """
                {"code":"%s","name":"Bộ phận một cửa","level":"COMMUNE","agencyId":%d}
                """;
        mvc.perform(post("/api/v1/desks").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(unique("MA"), a))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/desks").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(unique("MB"), b))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/desks/" + deskOfB + "/counters").with(as(admin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"Q9\",\"name\":\"Quầy 9\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/desks/" + deskOfB + "/counters").with(as(admin))).andExpect(status().isOk());
    }
}
