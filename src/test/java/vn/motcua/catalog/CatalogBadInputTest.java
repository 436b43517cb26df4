package vn.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;

import vn.motcua.support.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogBadInputTest {

    @Autowired
    MockMvc mvc;

    @Test
    void badFiltersAnswerFieldProblemsInBothLanguages() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("level", "COUNTRY")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].message.vi").value("Giá trị không đúng định dạng."))
                .andExpect(jsonPath("$.errors[0].message.en").exists());
        mvc.perform(get("/api/v1/procedures").param("size", "100000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/procedures/{c}", "9.999999.KHONGCO")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message.vi").value("Không tìm thấy thủ tục 9.999999.KHONGCO."))
                .andExpect(jsonPath("$.message.en").value("Procedure 9.999999.KHONGCO was not found."));
    }

    @Test
    void anInvalidProcedureIsRefusedFieldByField() throws Exception {
        mvc.perform(put("/api/v1/catalog/procedures/{c}", "9.000000.BADINPUT").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"", "field":"KHONG-CO", "timeLimit":{"amount":-1,"unit":"WORKING_DAYS"},
                         "fees":[{"name":"Lệ phí","kind":"CHARGE","amount":-5}]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("field")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("timeLimit.amount")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fees[0].amount")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("levels")))
                .andExpect(jsonPath("$.errors[*].message.en", hasItem("The time limit must be greater than 0.")));
    }

    @Test
    void malformedFilesAreProblemsNotFailures() throws Exception {
        mvc.perform(post("/api/v1/procedures/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{not json")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/procedures/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"x\":1}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.en").exists());
        mvc.perform(multipart("/api/v1/catalog/import").file(new MockMultipartFile("file", "x.xlsx",
                "application/octet-stream", "PKnot-a-zip".getBytes())).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.vi").exists());
        mvc.perform(put("/api/v1/catalog/procedures/{c}", "9.000000.X").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimit\":{\"amount\":\"abc\"}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/catalog/export").param("format", "pdf").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/catalog/procedures/{c}/versions/abc", "9.1").with(admin()))
                .andExpect(status().isBadRequest());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "QuanTri@Test-2026");
    }
}
