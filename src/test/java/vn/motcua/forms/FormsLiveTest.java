package vn.motcua.forms;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mẫu 05 and 06, drawn when asked for from the state of that moment. */
@IntegrationTest
class FormsLiveTest extends FormsTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theControlSheetHasEveryHandOverWithItsTimeAndWhetherItWasOnTime() throws Exception {
        String code = receive();
        // Appraisal was due Wednesday 10:00: handed over on Thursday 09:00, late.
        clock.set(Instant.parse("2026-03-05T02:00:00Z"));
        act(specialist, code, "forward", null).andExpect(status().isOk());
        clock.set(Instant.parse("2026-03-06T02:00:00Z"));
        act(leader, code, "resolve", "{\"result\":\"APPROVED\"}").andExpect(status().isOk());
        clock.set(Instant.parse("2026-03-06T03:00:00Z"));
        act(reception, code, "return-result", null).andExpect(status().isOk());

        byte[] pdf = form(leader, code, "05").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String text = text(pdf);

        assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 06 (Thông tư 03/2025/TT-VPCP)",
                "Mã hồ sơ: " + code, "Cơ quan (bộ phận) giải quyết hồ sơ: Sở Tư pháp tỉnh Hưng Yên",
                "Thời gian nhận hồ sơ: 09:00 02/03/2026", "Thời hạn giải quyết: 17:00 09/03/2026",
                "Giao: Nguyễn Văn " + specialist, "Thẩm định", "Nhận: Phê duyệt", "09:00 05/03/2026",
                "09:00 06/03/2026", "10:00 06/03/2026", "Nhận: Người nộp hồ sơ (trả kết quả)");
        // Appraisal left a day after its due date: late. Approval left on Friday 09:00, due 09:30 that
        // day: on time. The result returned on Friday, due the next Monday: early.
        assertThat(text).containsSubsequence("09:00 05/03/2026", "Quá hạn", "09:00 06/03/2026", "Đúng hạn",
                "10:00 06/03/2026", "Trước hạn");
    }

    @Test
    void theRegisterListsTheDossiersReceivedInThePeriod() throws Exception {
        String first = receive();
        String second = receive();
        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        String nextDay = receive();

        byte[] pdf = register(reception, "2026-03-02", "2026-03-02").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        FormPdfs.Read read = FormPdfs.read(pdf);

        assertThat(read.width()).isGreaterThan(read.height()); // A4 landscape
        assertThat(read.text()).contains("SỔ THEO DÕI HỒ SƠ", "Từ ngày 02/03/2026 đến ngày 02/03/2026 (2 hồ sơ)",
                "SỞ TƯ PHÁP TỈNH HƯNG YÊN", "Thủ tục thử nghiệm", "Nguyễn Thị Lan",
                "0912345678", "Sở Tư pháp tỉnh Hưng Yên", "09:00 02/03/2026", "Trực tiếp", "Ký nhận");
        // A long code may wrap inside its narrow column: compare without the line breaks.
        String joined = read.text().replaceAll("\\s+", "");
        assertThat(joined).contains(first, second).doesNotContain(nextDay);
        assertThat(joined.indexOf(first)).isLessThan(joined.indexOf(second));
    }

    @Test
    void theRegisterIsForReceptionLeadersAndMonitorsOfTheAgency() throws Exception {
        receive();
        String monitor = data.officer(agency, Role.MONITOR, agency);
        long elsewhere = data.agency("Sở khác", null);
        String otherReception = data.officer(elsewhere, Role.RECEPTION, elsewhere);

        register(leader, "2026-03-01", "2026-03-31").andExpect(status().isOk());
        register(monitor, "2026-03-01", "2026-03-31").andExpect(status().isOk());
        register(specialist, "2026-03-01", "2026-03-31").andExpect(status().isForbidden());
        register(otherReception, "2026-03-01", "2026-03-31").andExpect(status().isForbidden());
        register(reception, "2026-03-31", "2026-03-01").andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorConfiguresButDoesNotReadTheRegisterUnlessAlsoHoldingARoleThatWorksWithIt() throws Exception {
        receive();
        String agencyAdmin = data.officer(agency, Role.ADMIN, agency);
        String provinceAdmin = data.officer(agency, Role.ADMIN, null);
        // The register lists applicants' names, ID numbers and phones: personal data of the agency's work.
        register(agencyAdmin, "2026-03-01", "2026-03-31").andExpect(status().isForbidden());
        register(provinceAdmin, "2026-03-01", "2026-03-31").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/registers/receipts").param("agency", agencyCode).param("from", "2026-03-01")
                .param("to", "2026-03-31").with(httpBasic("admin", vn.motcua.support.Sessions.ADMIN_PASSWORD)))
                .andExpect(status().isForbidden());
        jdbc.sql("insert into officer_role (officer_id, role, agency_id) values (:o, 'RECEPTION', :a)")
                .param("o", data.officerId(agencyAdmin)).param("a", agency).update();
        register(agencyAdmin, "2026-03-01", "2026-03-31").andExpect(status().isOk());
    }

    ResultActions register(String user, String from, String to) throws Exception {
        return mvc.perform(get("/api/v1/registers/receipts").param("agency", agencyCode).param("from", from)
                .param("to", to).with(httpBasic(user, TestData.PASSWORD)));
    }
}
