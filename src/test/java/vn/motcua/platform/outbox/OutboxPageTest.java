package vn.motcua.platform.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.core.instrument.MeterRegistry;

import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.Sessions;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operators' page and API of the outbox: undelivered events with their errors, and the resend. */
@IntegrationTest
class OutboxPageTest {

    private static final String ADMIN_PASSWORD = "QuanTri@Test-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    MeterRegistry meters;

    /** A delivery to the flaky test consumer that failed for good an hour ago (its key no longer fails). */
    private long failedRow(String key, String code) {
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into outbox (event_type, consumer, payload, created_at, next_attempt_at, attempts, last_error,
                                    failed_at)
                values (:type, 'test.outbox.flaky', :payload, :created, null, 12, :error, :failed)
                """).param("type", OutboxTestEvent.class.getName())
                .param("payload", "{\"key\":\"" + key + "\",\"code\":\"" + code + "\"}")
                .param("created", Timestamp.from(now.minus(Duration.ofHours(2))))
                .param("error", "java.lang.IllegalStateException: national portal down for " + key)
                .param("failed", Timestamp.from(now.minus(Duration.ofHours(1)))).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private boolean pending(long id) {
        return jdbc.sql("select count(*) from outbox where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private void awaitDelivered(long id, String key) throws InterruptedException {
        for (int i = 0; i < 200 && (pending(id) || TestConsumers.flakyDelivered(key) == 0); i++) {
            Thread.sleep(25);
        }
        assertThat(pending(id)).as("row %d delivered and gone", id).isFalse();
        assertThat(TestConsumers.flakyDelivered(key)).isEqualTo(1);
    }

    @Test
    void theAdministratorSeesFailedEventsWithTheirErrorsAndResendsOneWithAPostCarryingCsrf() throws Exception {
        String key = TestData.unique("OB-PAGE");
        String code = TestData.unique("HS-PAGE");
        long id = failedRow(key, code);
        MockHttpSession admin = Sessions.admin(mvc);

        assertThat(mvc.perform(get("/staff").session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/staff/outbox\"");
        String html = mvc.perform(get("/staff/outbox").param("failed", "true").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Sự kiện tích hợp chưa chuyển").contains(code).contains("test.outbox.flaky")
                .contains("national portal down for " + key).contains("Đã dừng, chờ gửi lại")
                .contains("OutboxTestEvent").contains("id=\"outbox-backlog\"")
                .contains("action=\"/staff/outbox/" + id + "/resend\"").contains("name=\"_csrf\"");

        mvc.perform(post("/staff/outbox/{id}/resend", id).session(admin)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select failed_at from outbox where id = :id").param("id", id).query(Timestamp.class)
                .single()).as("a POST without the CSRF token changes nothing").isNotNull();

        mvc.perform(post("/staff/outbox/{id}/resend", id).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/outbox"));
        awaitDelivered(id, key);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where entity_type = 'outbox' and entity_id = :id and action = 'RESEND'
                  and actor = 'admin'
                """).param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/staff/outbox").param("failed", "true").session(admin))
                .andReturn().getResponse().getContentAsString()).doesNotContain(code);
    }

    @Test
    void othersThanTheProvinceWideAdministratorAreRefusedThePageAndTheApi() throws Exception {
        long id = failedRow(TestData.unique("OB-DENY"), TestData.unique("HS-DENY"));
        long agency = data.agency("Sở thử sự kiện", null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String agencyAdmin = data.officer(agency, Role.ADMIN, agency);
        for (String user : new String[] { reception, agencyAdmin }) {
            MockHttpSession session = Sessions.login(mvc, user, TestData.PASSWORD);
            mvc.perform(get("/staff/outbox").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/staff/outbox/{id}/resend", id).session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/staff").session(session)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("/staff/outbox");
            mvc.perform(get("/api/v1/outbox").with(httpBasic(user, TestData.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/outbox/{id}/resend", id).with(httpBasic(user, TestData.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select attempts from outbox where id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(12);
        mvc.perform(get("/staff/outbox")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiListsTheBacklogAndResends() throws Exception {
        String key = TestData.unique("OB-API");
        String code = TestData.unique("HS-API");
        long id = failedRow(key, code);
        mvc.perform(get("/api/v1/outbox").param("failed", "true").param("size", "200")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.backlog").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.failed").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.oldestAgeSeconds").value(greaterThanOrEqualTo(7000)))
                .andExpect(jsonPath("$.node").isNotEmpty())
                .andExpect(jsonPath("$.entries.items[?(@.id == " + id + ")].dossierCode").value(code))
                .andExpect(jsonPath("$.entries.items[?(@.id == " + id + ")].state").value("FAILED"))
                .andExpect(jsonPath("$.entries.items[?(@.id == " + id + ")].consumer").value("test.outbox.flaky"))
                .andExpect(jsonPath("$.entries.items[?(@.id == " + id + ")].lastError")
                        .value(hasItem(containsString("national portal down for " + key))));
        assertThat(meters.get("motcua.outbox.failed").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("motcua.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(0);

        mvc.perform(post("/api/v1/outbox/{id}/resend", id).with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.attempts").value(0))
                .andExpect(jsonPath("$.failedAt").doesNotExist());
        awaitDelivered(id, key);
        mvc.perform(post("/api/v1/outbox/{id}/resend", id).with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void resendingEveryFailedEventAtOnce() throws Exception {
        String key = TestData.unique("OB-ALL");
        long id = failedRow(key, TestData.unique("HS-ALL"));
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/staff/outbox/resend-failed").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitDelivered(id, key);
    }
}
