package vn.motcua.forms;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mẫu 02, 03 and 04, issued by the actions that call for them, and what the applicant may download. */
@IntegrationTest
class FormsActionsTest extends FormsTestBase {

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSupplementRequestAtIntakeListsEachItemToComplete() throws Exception {
        String code = intake("SUPPLEMENT", "Bản sao căn cước công dân; Ảnh 4x6 chụp trong 6 tháng");

        String text = text(issued(code, "02"));

        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02", code,
                "Số: " + code + "/YCBS", "Kính gửi: Nguyễn Thị Lan", "Số 1 Phố Hiến, Hưng Yên", "0912345678",
                "Thủ tục thử nghiệm " + procedure, "Ngày 02/03/2026", "1. Bản sao căn cước công dân",
                "2. Ảnh 4x6 chụp trong 6 tháng", "Lý do: thành phần hồ sơ chưa đầy đủ", "NGƯỜI HƯỚNG DẪN",
                "Nguyễn Văn " + reception,
                "Hưng Yên, ngày 02 tháng 3 năm 2026");
    }

    @Test
    void aSupplementRequestDuringProcessingIsTheLatestForm02() throws Exception {
        String code = receive();
        issued(code, "01");
        clock.set(MONDAY_9.plusSeconds(3600));
        act(specialist, code, "request-supplement", "{\"note\":\"Bản sao giấy chứng nhận quyền sử dụng đất\"}")
                .andExpect(status().isOk());

        String text = text(issued(code, "02"));

        assertThat(text).contains("1. Bản sao giấy chứng nhận quyền sử dụng đất", "Nguyễn Văn " + specialist);
        String list = mvc.perform(get("/api/v1/dossiers/{code}/forms", code).with(httpBasic(leader, TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(list, "$[*].number")).containsExactly("01", "02");
        assertThat(JsonPath.<java.util.List<String>>read(list, "$[*].action"))
                .containsExactly("RECEIVE", "REQUEST_SUPPLEMENT");
    }

    @Test
    void aRefusalGivesTheSpecificReasons() throws Exception {
        String code = intake("REFUSE", "Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp");

        String text = text(issued(code, "03"));

        assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03", "Mã hồ sơ: " + code,
                "Ông/Bà/Tổ chức: Nguyễn Thị Lan", "Số định danh cá nhân: 001190012345",
                "Nội dung yêu cầu giải quyết: Thủ tục thử nghiệm " + procedure,
                "1. Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp", "Hưng Yên, ngày 02 tháng 3 năm 2026");
        form(reception, code, "01").andExpect(status().isNotFound());
    }

    @Test
    void anApologyGivesTheOriginalAndTheNewAppointment() throws Exception {
        String code = receive();
        clock.set(java.time.Instant.parse("2026-03-09T08:00:00Z")); // Monday 09/03 15:00, due at 17:00
        act(leader, code, "apologize", """
                {"note":"Hồ sơ cần xác minh thêm tại địa phương","newAppointment":"2026-03-12T09:00:00Z"}
                """).andExpect(status().isOk());

        String text = text(issued(code, "04"));

        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04", "Số: " + code + "/XL",
                "Kính gửi: Nguyễn Thị Lan", "Ngày 02/03/2026, Sở Tư pháp tỉnh Hưng Yên tiếp nhận",
                "Thủ tục thử nghiệm " + procedure, "Mã hồ sơ: " + code,
                "đã hẹn: 17 giờ 00 phút, ngày 09/03/2026", "1. Hồ sơ cần xác minh thêm tại địa phương",
                "hẹn lại thời gian trả kết quả vào: 16 giờ 00 phút, ngày 12/03/2026", "THỦ TRƯỞNG CƠ QUAN",
                "Nguyễn Văn " + leader, "Hưng Yên, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void theApplicantDownloadsTheReceiptOfTheirDossierButNotTheControlSheet() throws Exception {
        String online = DossierTestSupport.onlineProcedure(mvc, agencyCode);
        String citizen = data.citizen(encoder);
        String body = mvc.perform(post("/api/v1/dossiers").with(httpBasic(citizen, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"procedureCode":"%s","delivery":"ONLINE",
                                 "applicant":{"name":"Lê Văn Minh","idNumber":"034089001122","phone":"0987654321"},
                                 "documents":[{"requirement":"Tờ khai","fileName":"to-khai.pdf"}]}
                                """.formatted(online)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.code");
        act(reception, code, "receive", null).andExpect(status().isOk());

        String text = text(issued(citizen, code, "01"));

        assertThat(text).contains("Lê Văn Minh", "Tài khoản dịch vụ công trực tuyến của người nộp");
        form(citizen, code, "05").andExpect(status().isForbidden());
        form(data.citizen(encoder), code, "01").andExpect(status().isNotFound());
    }
}
