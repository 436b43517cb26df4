package vn.motcua.organization.unit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrativeUnitBadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() throws Exception {
        importing("[{\"Code\": \"01\",\n  \"Name\": ")
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message.vi", containsString("không phải JSON hợp lệ (lỗi ở dòng 2")))
                .andExpect(jsonPath("$.errors[0].message.en", containsString("not valid JSON")));
    }

    @Test
    void anEmptyFileOrAnEmptyListIsRefused() throws Exception {
        importing("").andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message.vi").value(
                        "Tệp rỗng: không có đơn vị hành chính nào để nhập."));
        importing("[ ]").andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message.en").value(
                        "The file is empty: there is no administrative unit to import."));
    }

    @Test
    void aFileOfAnotherStructureIsRefused() throws Exception {
        importing("{\"Code\": \"01\"}").andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message.vi", containsString("Không nhận ra cấu trúc tệp")));
        importing("[{\"Code\": \"01\", \"Name\": \"Hà Nội\", \"FullName\": \"Thành phố Hà Nội\", \"Xa\": []}]")
                .andExpect(jsonPath("$.errors[0].field").value("[0]"));
        importing("[{\"Code\": \"01\", \"Name\": \"A\", \"FullName\": \"Tỉnh A\", \"Wards\": []},"
                + " {\"Code\": \"02\", \"Name\": \"B\", \"FullName\": \"Tỉnh B\", \"District\": []}]")
                .andExpect(jsonPath("$.errors[0].field").value("[1]"));
    }

    @Test
    void everyInvalidUnitIsReportedByItsPathAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("select count(*) from administrative_unit").query(Long.class).single();
        importing("""
                [{"Code": "1", "Name": "", "FullName": "Miền Xuôi", "Wards": [
                   {"Code": "99991", "Name": "A", "FullName": "Phường A"},
                   {"Code": "99991", "Name": "B", "FullName": "Xóm B"},
                   "not a unit"]}]""")
                .andExpect(jsonPath("$.errors[*].field", hasItems("[0].Code", "[0].Name", "[0].FullName",
                        "[0].Wards[1].Code", "[0].Wards[1].FullName", "[0].Wards[2]")))
                .andExpect(jsonPath("$.errors[?(@.field == '[0].Code')].message.vi").value("Mã phải gồm đúng 2 chữ số."))
                .andExpect(jsonPath("$.errors[?(@.field == '[0].Wards[1].Code')].message.en")
                        .value("Code 99991 appears more than once in the file."));
        long after = jdbc.sql("select count(*) from administrative_unit").query(Long.class).single();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aMultipartRequestWithoutTheFileNamesTheMissingPart() throws Exception {
        mvc.perform(multipart("/api/v1/admin-units/import")
                        .file(new MockMultipartFile("other", "x.json", "application/json", "[]".getBytes()))
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void thePageShowsTheProblemsNextToTheForm() throws Exception {
        var session = TestAccounts.login(mvc, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        mvc.perform(multipart("/staff/admin-units/import")
                        .file(new MockMultipartFile("file", "bad.json", "application/json", "[{oops".getBytes()))
                        .header("HX-Request", "true").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp không phải JSON hợp lệ")))
                .andExpect(content().string(containsString("Dữ liệu gửi lên chưa hợp lệ")));
        mvc.perform(multipart("/staff/admin-units/import").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn tệp danh mục (JSON) để nhập.")));
    }

    private ResultActions importing(String body) throws Exception {
        return mvc.perform(post("/api/v1/admin-units/import")
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }
}
