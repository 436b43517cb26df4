package vn.motcua.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogAdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    vn.motcua.catalog.procedure.ProcedurePublisher publisher;

    MockHttpSession session;

    @BeforeEach
    void login() throws Exception {
        session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("QuanTri@Test-2026"))
                .andReturn().getRequest().getSession();
    }

    @Test
    void anAdministratorCreatesEditsAndDeactivatesAProcedureThroughThePages() throws Exception {
        String code = CatalogTestData.code();
        String field = CatalogTestData.field(jdbc);
        mvc.perform(get("/staff/procedures/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm thủ tục")))
                .andExpect(content().string(containsString("Tiếp nhận hồ sơ")));
        mvc.perform(post("/staff/procedures/save").session(session).with(csrf())
                .param("creating", "true").param("code", code).param("name", "Cấp giấy phép trang quản trị")
                .param("field", field).param("levels", "PROVINCE").param("timeAmount", "2")
                .param("timeUnit", "WORKING_DAYS").param("onlineLevel", "PARTIAL").param("onTheSpot", "NONE")
                .param("applicants", "CITIZEN").param("active", "true")
                .param("documents[0].name", "Đơn đề nghị").param("documents[0].originals", "1")
                .param("documents[0].copies", "0").param("documents[0].required", "true")
                .param("documents[3].name", "Bản sao CCCD").param("documents[3].copies", "1")
                .param("fees[0].name", "Lệ phí").param("fees[0].kind", "CHARGE").param("fees[0].amount", "100000")
                .param("steps[0].order", "1").param("steps[0].name", "Tiếp nhận").param("steps[0].role", "RECEPTION")
                .param("steps[0].amount", "2").param("steps[0].unit", "WORKING_HOURS")
                .param("steps[1].order", "4").param("steps[1].name", "Trả kết quả").param("steps[1].role", "RECEPTION")
                .param("steps[1].amount", "0").param("steps[1].unit", "WORKING_HOURS")
                .param("steps[2].order", "2").param("steps[2].name", "Thẩm định").param("steps[2].role", "SPECIALIST")
                .param("steps[2].amount", "1").param("steps[2].unit", "WORKING_DAYS"))
                .andExpect(redirectedUrl("/staff/procedures/" + code));
        ProcedureDefinition saved = catalog.current(code).orElseThrow().content();
        assertThat(saved.documents()).extracting(DocumentRequirement::name).containsExactly("Đơn đề nghị", "Bản sao CCCD");
        assertThat(saved.process()).extracting(ProcessStep::name).containsExactly("Tiếp nhận", "Thẩm định", "Trả kết quả");

        mvc.perform(get("/staff/procedures/{c}", code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp giấy phép trang quản trị")))
                .andExpect(content().string(containsString("100.000 đ")));
        mvc.perform(get("/staff/procedures/{c}/edit", code).session(session)).andExpect(status().isOk());
        mvc.perform(get("/staff/procedures").session(session).param("q", "cap giay phep trang quan tri"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        mvc.perform(post("/staff/procedures/{c}/activation", code).session(session).with(csrf()).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.isActive(code)).isFalse();
    }

    @Test
    void savingTheEditFormUnchangedPublishesNoNewVersion() throws Exception {
        String code = CatalogTestData.code();
        String agency = CatalogTestData.agency(jdbc, vn.motcua.organization.AdministrativeLevel.PROVINCE);
        ProcedureDefinition p = CatalogTestData.procedure(code, "Thủ tục sửa không đổi", CatalogTestData.field(jdbc), agency);
        publisher.save(p);
        var request = post("/staff/procedures/save").session(session).with(csrf());
        formParams(vn.motcua.catalog.web.ProcedureForm.of(catalog.current(code).orElseThrow().content()), "", request);
        mvc.perform(request).andExpect(redirectedUrl("/staff/procedures/" + code));
        assertThat(catalog.current(code).orElseThrow().version()).isEqualTo(1);
        mvc.perform(get("/staff/procedures/{c}/versions/1", code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch sử phiên bản")));
    }

    @Test
    void theDetailPageShowsAnAgencysOwnProcess() throws Exception {
        String code = CatalogTestData.code();
        String agency = CatalogTestData.agency(jdbc, vn.motcua.organization.AdministrativeLevel.PROVINCE);
        ProcedureDefinition p = CatalogTestData.procedure(code, "Thủ tục có quy trình riêng", CatalogTestData.field(jdbc), agency);
        publisher.save(new ProcedureDefinition(code, p.name(), p.field(), p.levels(), agency, p.chain(), p.timeLimit(),
                p.fees(), p.documents(), p.result(), p.onlineLevel(), p.onTheSpot(), p.applicants(), p.anyResidence(),
                p.legalBasis(), p.applicantSteps(), p.process(),
                java.util.List.of(new ProcessOverride(agency, java.util.List.of(p.process().get(0), p.process().get(3)))),
                true));
        mvc.perform(get("/staff/procedures/{c}", code).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quy trình riêng của Sở thử nghiệm " + agency)));
    }

    /** Posts an object's public fields the way the edit page names its inputs. */
    private static void formParams(Object form, String prefix,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        for (java.lang.reflect.Field f : form.getClass().getFields()) {
            if (java.lang.reflect.Modifier.isTransient(f.getModifiers())) {
                continue;
            }
            Object value = f.get(form);
            String name = prefix + f.getName();
            if (value instanceof java.util.List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof String text) {
                        request.param(name, text);
                    } else {
                        formParams(item, name + "[" + i + "].", request);
                    }
                }
            } else if (value != null) {
                request.param(name, String.valueOf(value));
            }
        }
    }

    @Test
    void anInvalidFormIsShownAgainWithMessagesNextToTheFields() throws Exception {
        mvc.perform(post("/staff/procedures/save").session(session).with(csrf()).param("creating", "true")
                .param("code", CatalogTestData.code()).param("name", "").param("timeAmount", "abc")
                .param("fees[0].name", "Lệ phí").param("fees[0].amount", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Biểu mẫu có lỗi")))
                .andExpect(content().string(containsString("Giá trị không được âm.")));
    }

    @Test
    void htmxFragmentsAndImportProgressRender() throws Exception {
        mvc.perform(get("/staff/procedures/rows/step").session(session).param("index", "4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("steps[4].name")))
                .andExpect(content().string(containsString("index=5")));
        mvc.perform(post("/staff/procedures/shares").session(session).with(csrf()).param("timeAmount", "1")
                .param("timeUnit", "WORKING_DAYS").param("steps[0].name", "A").param("steps[0].amount", "10")
                .param("steps[0].unit", "WORKING_HOURS"))
                .andExpect(content().string(containsString("Vượt thời hạn giải quyết")));
        String body = mvc.perform(multipart("/staff/procedures/import").file(new MockMultipartFile("file", "x.json",
                "application/json", "[]".getBytes())).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*/staff/procedures/import/([0-9a-f-]{36}).*", "$1");
        assertThat(id).hasSize(36);
        String progress = "";
        for (int i = 0; i < 100 && !progress.contains("alert"); i++) {
            Thread.sleep(50);
            progress = mvc.perform(get("/staff/procedures/import/{id}", id).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(progress).doesNotContain("hx-trigger=\"every 1s\"");
        mvc.perform(get("/staff/procedures/export").param("format", "xlsx").session(session))
                .andExpect(status().isOk());
    }
}
