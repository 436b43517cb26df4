package vn.motcua.forms;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms of a dossier, opened with PDFBox: each holds the dossier's fields, dates as dd/MM/yyyy
 * and Vietnamese with every tone mark (which only an embedded Unicode font gives back as text).
 * Issued forms come from an outbox listener after commit, so the tests wait for them, a bounded while.
 */
@IntegrationTest
class FormsPdfTest extends FormsTestBase {

    @Test
    void receiptHoldsTheDossierTheApplicantTheDatesAndAQrCodeOfTheLookup() throws Exception {
        String code = receive();

        byte[] pdf = issued(code, "01");
        FormPdfs.Read read = FormPdfs.read(pdf);

        assertThat(read.text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "SỞ TƯ PHÁP TỈNH HƯNG YÊN", "Số: " + code + "/TNHS",
                "Hưng Yên, ngày 02 tháng 3 năm 2026", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mẫu số 01", code, "Nguyễn Thị Lan", "001190012345", "Số 1 Phố Hiến, Hưng Yên", "0912345678",
                "Thủ tục thử nghiệm " + procedure, "1. Tờ khai (to-khai.pdf)", "5 ngày làm việc",
                "09 giờ 00 phút, ngày 02/03/2026", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Văn " + reception);
        // Five working days from Monday 09:00 fall on the next Monday.
        assertThat(read.text())
                .containsPattern("Thời gian trả kết quả giải quyết hồ sơ: \\d\\d giờ \\d\\d phút, ngày 09/03/2026");
        assertThat(read.fontsEmbedded()).isTrue();
        assertThat(read.pages()).as("one A5 sheet").isEqualTo(1);
        assertThat(read.firstFont()).contains("DejaVuSans");
        assertThat(read.width()).isCloseTo(420f, org.assertj.core.data.Offset.offset(1f)); // A5 portrait
        assertThat(FormPdfs.qr(pdf)).isEqualTo("http://localhost:8080/tra-cuu?ma=" + code);
    }

    @Test
    void theIssuedFormIsListedWithTheSha256OfItsBytes() throws Exception {
        String code = receive();
        byte[] pdf = issued(code, "01");

        String list = mvc.perform(get("/api/v1/dossiers/{code}/forms", code)
                        .with(httpBasic(reception, TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(list, "$[0].number")).isEqualTo("01");
        assertThat(JsonPath.<String>read(list, "$[0].action")).isEqualTo("RECEIVE");
        assertThat(JsonPath.<String>read(list, "$[0].sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void aDossierOutOfReachHasNoForms() throws Exception {
        String code = receive();
        issued(code, "01");
        long elsewhere = data.agency("Sở khác", null);
        String stranger = data.officer(elsewhere, Role.RECEPTION, elsewhere);

        mvc.perform(get("/api/v1/dossiers/{code}/forms/01", code).with(httpBasic(stranger, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/{code}/forms", code).with(httpBasic(stranger, TestData.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
