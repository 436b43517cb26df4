package vn.motcua.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.organization.OrgFixtures.unique;

@IntegrationTest
class OrganizationPagesTest {

    @Autowired
    MockMvc mvc;

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/staff")).andReturn().getRequest().getSession(false);
    }

    private MockHttpSession admin() throws Exception {
        return login("admin", "QuanTri@Test-2026");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] { "/staff/agencies", "/staff/desks", "/staff/officers", "/staff/audit",
                "/staff/officers/new" }) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void administratorCreatesAnAgencyThroughTheForm() throws Exception {
        MockHttpSession session = admin();
        String code = unique("TRANG");
        mvc.perform(get("/staff/agencies").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cơ quan, đơn vị")));
        mvc.perform(get("/staff/agencies/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"form-label\" for=\"code\"")));
        mvc.perform(post("/staff/agencies").session(session).with(csrf()).param("code", code)
                .param("name", "Sở Văn hóa, Thể thao và Du lịch").param("type", "DEPARTMENT").param("level", "PROVINCE"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/agencies"));
        mvc.perform(get("/staff/agencies").param("q", code).session(session))
                .andExpect(content().string(containsString("Sở Văn hóa, Thể thao và Du lịch")));
    }

    @Test
    void invalidAgencyFormShowsTheSummaryAndInlineErrors() throws Exception {
        MockHttpSession session = admin();
        mvc.perform(post("/staff/agencies").session(session).with(csrf()).param("code", "mã có dấu")
                .param("name", "").param("type", "DEPARTMENT").param("level", "PROVINCE").param("parentId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Giá trị không đúng định dạng.")));
        mvc.perform(post("/staff/agencies").session(session).with(csrf()).param("code", "mã có dấu")
                .param("name", "").param("type", "DEPARTMENT").param("level", "PROVINCE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void postingWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/staff/agencies").session(admin()).param("code", unique("X")).param("name", "X")
                .param("type", "OTHER").param("level", "PROVINCE")).andExpect(status().isForbidden());
    }

    @Test
    void receptionOfficerCannotOpenTheAdministrationForms() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        String reception = unique("tn").toLowerCase();
        fx.officer(reception, a, "RECEPTION", a);
        MockHttpSession session = login(reception, OrgFixtures.PASSWORD);
        mvc.perform(get("/staff/agencies/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/officers/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/staff/agencies").session(session).with(csrf()).param("code", unique("X"))
                .param("name", "X").param("type", "OTHER").param("level", "PROVINCE"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff").session(session))
                .andExpect(content().string(not(containsString("href=\"/staff/officers\""))));
    }

    @Test
    void administratorCreatesADeskAndItsCountersThroughTheForms() throws Exception {
        MockHttpSession session = admin();
        long agency = new OrgFixtures(mvc).agency(unique("UBX"), null);
        String code = unique("MCX");
        String location = mvc.perform(post("/staff/desks").session(session).with(csrf()).param("code", code)
                .param("name", "Bộ phận một cửa xã Tân Dân").param("level", "COMMUNE")
                .param("agencyId", String.valueOf(agency)).param("agencyIds", String.valueOf(agency)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bộ phận một cửa xã Tân Dân")));
        String deskPath = location.replace("/edit", "");
        mvc.perform(post(deskPath + "/counters").session(session).with(csrf()).param("counterCode", "Q1")
                .param("counterName", "Quầy số 1")).andExpect(status().is3xxRedirection());
        mvc.perform(post(deskPath + "/counters").session(session).with(csrf()).param("counterCode", "Q1")
                .param("counterName", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này đã được sử dụng.")))
                .andExpect(content().string(containsString("href=\"#counterName\"")));
        long counter = OrgFixtures.id(mvc.perform(get("/api/v1/desks" + deskPath.substring("/staff/desks".length())
                + "/counters").with(OrgFixtures.ADMIN)).andReturn().getResponse().getContentAsString()
                .replaceFirst("^\\[", "").replaceFirst("\\]$", ""));
        mvc.perform(post("/staff/desks/counters/" + counter).session(session).with(csrf()).param("counterCode", "Q1")
                .param("counterName", "Quầy hộ tịch").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/staff/desks/counters/" + counter).session(session).with(csrf()).param("counterCode", "Q1")
                .param("counterName", "Quầy cũ").param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi.")));
        mvc.perform(post("/staff/desks/counters/" + counter).session(session).with(csrf()).param("counterCode", "")
                .param("counterName", "Quầy").param("version", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#counter" + counter + "Code\"")));
        mvc.perform(get("/staff/desks").param("q", code).session(session))
                .andExpect(content().string(containsString(code)));
    }

    @Test
    void scopedAdministratorCreatesOfficersOnlyInItsAgencyThroughTheForm() throws Exception {
        OrgFixtures fx = new OrgFixtures(mvc);
        long a = fx.agency(unique("A"), null);
        long b = fx.agency(unique("B"), null);
        String admin = unique("qt").toLowerCase();
        fx.officer(admin, a, "ADMIN", a);
        MockHttpSession session = login(admin, OrgFixtures.PASSWORD);
        mvc.perform(get("/staff/officers/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("for=\"fullName\"")));
        String username = unique("cv").toLowerCase();
        mvc.perform(post("/staff/officers").session(session).with(csrf()).param("fullName", "Đỗ Minh Châu")
                .param("agencyId", String.valueOf(a)).param("roles", "SPECIALIST").param("roleScope", "same")
                .param("username", username).param("password", OrgFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/officers"));
        mvc.perform(get("/staff/officers").param("q", "Đỗ Minh Châu").session(session))
                .andExpect(content().string(containsString(username)));
        mvc.perform(post("/staff/officers").session(session).with(csrf()).param("fullName", "Vũ Thị Lan")
                .param("agencyId", String.valueOf(b)).param("roles", "SPECIALIST").param("roleScope", "same")
                .param("username", unique("cv").toLowerCase()).param("password", OrgFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/officers").session(session).with(csrf()).param("fullName", "")
                .param("agencyId", String.valueOf(a)).param("username", "").param("password", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("href=\"#fullName\"")));
        mvc.perform(get("/staff/audit").session(session)).andExpect(status().isOk());
    }

    @Test
    void auditPageListsChangesFilteredByTypeAndActor() throws Exception {
        String code = unique("AUD");
        new OrgFixtures(mvc).agency(code, null);
        mvc.perform(get("/staff/audit").param("type", "agency").param("by", "admin").session(admin()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Nhật ký thay đổi dữ liệu")));
    }

    @Test
    void editFormsOpenFilledInAndAStaleSaveIsReportedOnTheForm() throws Exception {
        MockHttpSession session = admin();
        OrgFixtures fx = new OrgFixtures(mvc);
        String code = unique("ED");
        long agency = fx.agency(code, null);
        long desk = fx.desk(unique("EDM"), agency);
        long officer = fx.officer(unique("ed").toLowerCase(), agency, "LEADER", agency);
        mvc.perform(get("/staff/agencies/" + agency + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        mvc.perform(get("/staff/desks/" + desk + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quầy tiếp nhận")));
        mvc.perform(get("/staff/officers/" + officer + "/edit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn")))
                .andExpect(content().string(containsString("value=\"LEADER\" checked")));
        mvc.perform(post("/staff/officers/" + officer).session(session).with(csrf()).param("fullName", "Nguyễn Văn Bình")
                .param("agencyId", String.valueOf(agency)).param("roles", "LEADER").param("roleScope", "same")
                .param("version", "0")).andExpect(redirectedUrl("/staff/officers"));
        mvc.perform(post("/staff/agencies/" + agency).session(session).with(csrf()).param("code", code)
                .param("name", "Tên mới").param("type", "OTHER").param("level", "PROVINCE").param("version", "0"))
                .andExpect(redirectedUrl("/staff/agencies"));
        mvc.perform(post("/staff/agencies/" + agency).session(session).with(csrf()).param("code", code)
                .param("name", "Tên cũ").param("type", "OTHER").param("level", "PROVINCE").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi.")));
        mvc.perform(post("/staff/officers/" + officer + "/deactivate").session(session).with(csrf()))
                .andExpect(redirectedUrl("/staff/officers"));
    }

    @Test
    void pagesSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(get("/staff/officers").param("lang", "en").session(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Officers")));
    }
}
