package vn.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProcedureVersioningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Catalog catalog;

    @Test
    void aProceduresOwnSupplementRuleIsKeptAndVersionedAndAbsentMeansTheProvinces() throws Exception {
        String code = CatalogTestData.code();
        ProcedureDefinition v1 = CatalogTestData.procedure(code, "Thủ tục thử quy tắc bổ sung",
                CatalogTestData.field(jdbc), null);
        save(code, v1).andExpect(jsonPath("$.version").value(1));
        assertThat(catalog.current(code).orElseThrow().content().supplementRule()).isNull();

        save(code, v1.withSupplementRule(SupplementRule.RESTART)).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.change").value("UPDATED"));
        assertThat(catalog.current(code).orElseThrow().content().supplementRule()).isEqualTo(SupplementRule.RESTART);
        assertThat(catalog.version(code, 1).orElseThrow().content().supplementRule()).isNull();

        save(code, v1.withSupplementRule(SupplementRule.RESTART)).andExpect(jsonPath("$.change").value("UNCHANGED"));
    }

    @Test
    void aDossierLookingUpVersionNStillGetsNAfterNPlusOneIsPublished() throws Exception {
        String code = CatalogTestData.code();
        String field = CatalogTestData.field(jdbc);
        ProcedureDefinition v1 = CatalogTestData.procedure(code, "Cấp giấy phép thử nghiệm", field, null);
        save(code, v1).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.change").value("CREATED"));

        ProcedureDefinition v2 = new ProcedureDefinition(code, "Cấp giấy phép thử nghiệm (sửa đổi)", field,
                v1.levels(), null, v1.chain(), TimeLimit.days("7"), v1.fees(), v1.documents(), v1.result(),
                v1.onlineLevel(), v1.onTheSpot(), v1.applicants(), v1.anyResidence(), v1.legalBasis(),
                v1.applicantSteps(), v1.process(), v1.processOverrides(), true);
        save(code, v2).andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.change").value("UPDATED"));

        ProcedureVersion first = catalog.version(code, 1).orElseThrow();
        assertThat(first.content().name()).isEqualTo("Cấp giấy phép thử nghiệm");
        assertThat(first.content().timeLimit()).isEqualTo(TimeLimit.days("5"));
        assertThat(catalog.current(code).orElseThrow().version()).isEqualTo(2);
        assertThat(catalog.current(code).orElseThrow().content().timeLimit()).isEqualTo(TimeLimit.days("7"));
        assertThat(catalog.history(code)).extracting(VersionInfo::version).containsExactly(2, 1);
        mvc.perform(get("/api/v1/catalog/procedures/{c}/versions/1", code).with(httpBasic("admin", "QuanTri@Test-2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.name").value("Cấp giấy phép thử nghiệm"));
    }

    @Test
    void savingUnchangedContentPublishesNoNewVersion() throws Exception {
        String code = CatalogTestData.code();
        ProcedureDefinition p = CatalogTestData.procedure(code, "Thủ tục không đổi", CatalogTestData.field(jdbc), null);
        save(code, p).andExpect(jsonPath("$.version").value(1));
        save(code, p).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.change").value("UNCHANGED"));
        assertThat(catalog.history(code)).hasSize(1);
    }

    @Test
    void aProcedureWithoutProcessGetsTheFourStepTemplateWithinTheLimit() throws Exception {
        String code = CatalogTestData.code();
        ProcedureDefinition p = CatalogTestData.procedure(code, "Thủ tục theo mẫu", CatalogTestData.field(jdbc), null);
        ProcedureDefinition noProcess = new ProcedureDefinition(code, p.name(), p.field(), p.levels(), null, p.chain(),
                TimeLimit.days("3"), p.fees(), p.documents(), p.result(), p.onlineLevel(), p.onTheSpot(),
                p.applicants(), false, null, null, null, null, true);
        save(code, noProcess).andExpect(status().isOk());
        var steps = catalog.current(code).orElseThrow().content().process();
        assertThat(steps).extracting(s -> s.role().name())
                .containsExactly("RECEPTION", "SPECIALIST", "LEADER", "RECEPTION");
        assertThat(steps.stream().map(s -> s.share().inHours()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("24");
    }

    private org.springframework.test.web.servlet.ResultActions save(String code, ProcedureDefinition p)
            throws Exception {
        return mvc.perform(put("/api/v1/catalog/procedures/{c}", code).with(httpBasic("admin", "QuanTri@Test-2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(p)))
                .andExpect(status().isOk());
    }
}
