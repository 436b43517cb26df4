package vn.motcua.workspace;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.platform.audit.AuditLog;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit page pages its entries, keeping its filters in the previous / next links. */
@IntegrationTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    @Test
    void aLongListHasPreviousAndNextLinksKeepingTheFilter() throws Exception {
        String type = TestData.unique("PAGER");
        for (int i = 0; i < 51; i++) {
            audit.record("TEST", type, i, "Mục " + i, null);
        }
        MockHttpSession admin = Sessions.admin(mvc);
        String first = mvc.perform(get("/staff/audit").param("type", type).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("class=\"pagination pagination-sm\"").contains("1 / 2")
                .contains("href=\"/staff/audit?page=1&amp;type=" + type + "&amp;");
        String second = mvc.perform(get("/staff/audit").param("type", type).param("page", "1").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("2 / 2").contains("href=\"/staff/audit?page=0&amp;type=" + type + "&amp;");
    }
}
