package vn.motcua.catalog;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.support.IntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProcedureSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcedurePublisher publisher;

    String word;
    String field;
    String agency;
    String birth;
    String copy;
    String marriage;
    String inactive;

    @BeforeEach
    void catalog() {
        word = CatalogTestData.word(6);
        field = CatalogTestData.field(jdbc);
        agency = CatalogTestData.agency(jdbc, AdministrativeLevel.COMMUNE);
        birth = CatalogTestData.code();
        copy = CatalogTestData.code();
        marriage = CatalogTestData.code();
        inactive = CatalogTestData.code();
        publisher.publishValid(List.of(
                variant(copy, "Cấp bản sao trích lục Đăng ký khai sinh " + word, field, null, OnlineLevel.PARTIAL, true),
                variant(birth, "Đăng ký khai sinh " + word, field, agency, OnlineLevel.FULL, true),
                variant(marriage, "Đăng ký kết hôn " + word, CatalogTestData.field(jdbc), agency, OnlineLevel.FULL, true),
                variant(inactive, "Đăng ký khai sinh lưu động " + word, field, agency, OnlineLevel.FULL, false)));
    }

    @Test
    void findsWithoutDiacriticsAndCaseAndRanksNamePrefixFirst() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "DANG KY KHAI SINH " + word.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].code", contains(birth, copy)));
    }

    @Test
    void dStrokeMatchesPlainD() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "đăng ký kết hôn " + word))
                .andExpect(jsonPath("$.items[*].code", contains(marriage)));
        mvc.perform(get("/api/v1/procedures").param("q", "dang ky ket hon " + word))
                .andExpect(jsonPath("$.items[*].code", contains(marriage)));
    }

    @Test
    void filtersCombine() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", word).param("field", field).param("level", "COMMUNE")
                .param("agency", agency).param("onlineLevel", "FULL"))
                .andExpect(jsonPath("$.items[*].code", contains(birth)));
        mvc.perform(get("/api/v1/procedures").param("q", word).param("onlineLevel", "PARTIAL"))
                .andExpect(jsonPath("$.items[*].code", contains(copy)));
        mvc.perform(get("/api/v1/procedures").param("q", word).param("level", "PROVINCE"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void pagesThroughResults() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", word).param("size", "2").param("page", "0"))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/procedures").param("q", word).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void inactiveProceduresAreNotPublic() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "luu dong " + word)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/procedures/{c}", inactive)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/procedures/{c}", birth)).andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[0].name").value("Tờ khai theo mẫu"))
                .andExpect(jsonPath("$.totalFees").value(50000))
                .andExpect(jsonPath("$.agency.code").value(agency))
                .andExpect(jsonPath("$.timeLimit.unit").value("WORKING_DAYS"));
    }

    private static ProcedureDefinition variant(String code, String name, String field, String agency,
            OnlineLevel online, boolean active) {
        ProcedureDefinition p = CatalogTestData.procedure(code, name, field, agency);
        return new ProcedureDefinition(code, name, field, List.of(AdministrativeLevel.COMMUNE), agency, p.chain(),
                p.timeLimit(), p.fees(), p.documents(), p.result(), online, p.onTheSpot(), p.applicants(),
                p.anyResidence(), p.legalBasis(), p.applicantSteps(), p.process(), p.processOverrides(), active);
    }
}
