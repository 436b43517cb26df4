package vn.motcua.dossier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reception at the desk through the page: search, form, checklist, decision, receipt. */
@IntegrationTest
class DossierReceptionPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long agency;
    String procedure;
    MockHttpSession session;

    @BeforeEach
    void aReceptionOfficer() throws Exception {
        agency = data.agency("Sở thử nghiệm tiếp nhận", null);
        procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        session = Sessions.login(mvc, data.officer(agency, Role.RECEPTION, agency), TestData.PASSWORD);
    }

    private long dossiersOf(String procedureCode) {
        return jdbc.sql("select count(*) from dossier where procedure_code = :p").param("p", procedureCode)
                .query(Long.class).single();
    }

    @Test
    void theProcedureIsFoundAsYouTypeWithoutDiacritics() throws Exception {
        mvc.perform(get("/staff/reception/procedures").param("q", "thu tuc thu nghiem " + procedure)
                        .header("HX-Request", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/reception?procedure=" + procedure)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/staff/reception").param("procedure", procedure).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tờ khai")))
                .andExpect(content().string(containsString("name=\"documents\"")))
                .andExpect(content().string(containsString("value=\"SUPPLEMENT\"")));
    }

    @Test
    void theOfficerReceivesADossierAndSeesTheCodeAndTheAppointment() throws Exception {
        String location = mvc.perform(post("/staff/reception").session(session).with(csrf())
                        .param("procedureCode", procedure).param("requestId", TestData.unique("req"))
                        .param("kind", "CITIZEN").param("name", "Trần Văn Bình").param("idNumber", "001090001234")
                        .param("birthDate", "05/09/1990").param("phone", "0912 345 678")
                        .param("address", "Số 2 Lê Lợi, Hưng Yên").param("channel", "DIRECT")
                        .param("delivery", "COUNTER").param("documents", "0").param("decision", "RECEIVE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/reception/receipt/" + data.agencyCode(agency) + "-");
        String code = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")))
                .andExpect(content().string(containsString("class=\"dossier-code\" id=\"dossier-code\">" + code)))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"appointment\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}<.*")))
                .andExpect(content().string(containsString("Bản giấy")))
                .andExpect(content().string(containsString("In phiếu tiếp nhận")));
        assertThat(dossiersOf(procedure)).isEqualTo(1);
    }

    @Test
    void badInputShowsInlineVietnameseErrorsAndStoresNothing() throws Exception {
        mvc.perform(post("/staff/reception").session(session).with(csrf())
                        .param("procedureCode", procedure).param("kind", "CITIZEN").param("name", "")
                        .param("idNumber", "12345").param("birthDate", "31/02/1990").param("phone", "12")
                        .param("channel", "DIRECT").param("delivery", "COUNTER").param("decision", "RECEIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Biểu mẫu có lỗi")))
                .andExpect(content().string(containsString("Họ tên người nộp là bắt buộc")))
                .andExpect(content().string(containsString("Số định danh cá nhân gồm 12 chữ số")))
                .andExpect(content().string(containsString("Nhập ngày sinh theo dạng dd/mm/yyyy")))
                .andExpect(content().string(containsString("Số điện thoại không hợp lệ")))
                .andExpect(content().string(containsString("Thiếu thành phần hồ sơ bắt buộc: Tờ khai.")))
                .andExpect(content().string(containsString("href=\"#applicant.name\"")))
                .andExpect(content().string(containsString("value=\"12345\"")));
        mvc.perform(post("/staff/reception").session(session).with(csrf())
                        .param("procedureCode", procedure).param("name", "Lê Thị Hoa").param("channel", "DIRECT")
                        .param("delivery", "COUNTER").param("decision", "REFUSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nêu lý do từ chối tiếp nhận vào ô ghi chú.")));
        assertThat(dossiersOf(procedure)).isZero();
    }

    @Test
    void aBirthDateOutsideTheSupportedYearsIsAnInlineError() throws Exception {
        for (String birthDate : new String[] { "01/01/0000", "31/12/999999999", "01/01/10000" }) {
            mvc.perform(post("/staff/reception").session(session).with(csrf())
                            .param("procedureCode", procedure).param("kind", "CITIZEN").param("name", "Lê Thị Hoa")
                            .param("birthDate", birthDate).param("channel", "DIRECT").param("delivery", "COUNTER")
                            .param("decision", "RECEIVE"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("is-invalid\" id=\"applicant.birthDate\"")));
        }
        mvc.perform(post("/staff/reception").session(session).with(csrf()).param("procedureCode", procedure)
                        .param("kind", "CITIZEN").param("name", "Lê Thị Hoa").param("birthDate", "01/01/0000")
                        .param("channel", "DIRECT").param("delivery", "COUNTER").param("decision", "RECEIVE"))
                .andExpect(content().string(containsString("Năm phải từ 1900 đến 9999.")));
        assertThat(dossiersOf(procedure)).isZero();
    }

    @Test
    void aSupplementRequestListsWhatIsMissing() throws Exception {
        String location = mvc.perform(post("/staff/reception").session(session).with(csrf())
                        .param("procedureCode", procedure).param("name", "Lê Thị Hoa").param("channel", "POSTAL")
                        .param("delivery", "POST").param("decision", "SUPPLEMENT")
                        .param("note", "Tờ khai có chữ ký của người nộp"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(session))
                .andExpect(content().string(containsString("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")))
                .andExpect(content().string(containsString("Tờ khai có chữ ký của người nộp")));
    }

    @Test
    void onlyReceptionOfficersOpenTheReceptionPage() throws Exception {
        MockHttpSession specialist = Sessions.login(mvc, data.officer(agency, Role.SPECIALIST, agency),
                TestData.PASSWORD);
        mvc.perform(get("/staff/reception").session(specialist)).andExpect(status().isForbidden());
    }
}
