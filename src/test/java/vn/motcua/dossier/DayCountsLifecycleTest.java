package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.dossier.counts.DayCountMaintenance;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real actions keep the day counts exact: after every receipt, pause, resume, supplement, withdrawal,
 * stop, resolution and return, the counts equal a recount of the dossier rows, and the due moved by a
 * pause moves its "due passed" day.
 */
@IntegrationTest
class DayCountsLifecycleTest {

    @Autowired
    DayCounts dayCounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DayCountMaintenance maintenance;

    long agency;
    String reception;
    String specialist;
    String leader;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void everyActionKeepsTheDayCountsEqualToTheDossierRows() throws Exception {
        agency = data.agency("Sở đếm ngày", null);
        String agencyCode = data.agencyCode(agency);
        reception = data.officer(agency, Role.RECEPTION, agency);
        specialist = data.officer(agency, Role.SPECIALIST, agency);
        leader = data.officer(agency, Role.LEADER, agency);
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");

        clock.set(Instant.parse("2026-03-02T02:00:00Z")); // Monday 02/03 09:00; due Monday 09/03 17:00
        String paused = receive(procedure);
        String withdrawn = receive(procedure);
        String stopped = receive(procedure);
        String supplied = receive(procedure);
        exact();
        assertThat(column("received_direct")).isEqualTo(Map.of(day("2026-03-02"), 4L));
        assertThat(column("due_passed")).isEqualTo(Map.of(day("2026-03-09"), 4L));

        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        act(specialist, paused, "pause", "{\"note\":\"Chờ xác minh\"}");
        act(reception, withdrawn, "withdraw", "{\"note\":\"Người nộp rút hồ sơ\"}");
        act(leader, stopped, "stop", "{\"note\":\"Người nộp đề nghị dừng\"}");
        act(specialist, supplied, "request-supplement", "{\"note\":\"Bổ sung bản sao\"}");
        exact();
        assertThat(column("withdrawn")).isEqualTo(Map.of(day("2026-03-03"), 2L));

        clock.set(Instant.parse("2026-03-05T02:00:00Z")); // two working days later: the due moves to 11/03
        act(specialist, paused, "resume", null);
        act(reception, supplied, "supply", null);
        exact();
        assertThat(column("due_passed")).containsEntry(day("2026-03-11"), 2L);

        clock.set(Instant.parse("2026-03-12T02:00:00Z")); // after the due: late
        act(specialist, paused, "forward", null);
        act(leader, paused, "resolve", "{\"result\":\"APPROVED\"}");
        clock.set(Instant.parse("2026-03-13T02:00:00Z"));
        act(reception, paused, "return-result", null);
        exact();
        assertThat(column("resolved_late")).isEqualTo(Map.of(day("2026-03-12"), 1L));
        assertThat(column("closed")).isEqualTo(Map.of(day("2026-03-03"), 2L, day("2026-03-12"), 1L));
    }

    private String receive(String procedure) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DossierScenarioTest.intake(procedure, "RECEIVE", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    private ResultActions act(String user, String code, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/{code}/actions/{action}", code, action)
                .with(httpBasic(user, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body)).andExpect(status().isOk());
    }

    /** The whole database's day counts equal a recount of the dossier rows. */
    private void exact() {
        List<DayCountMaintenance.Difference> differences = maintenance.check(10);
        assertThat(differences).isEmpty();
    }

    /** This agency's non-zero counts of one column, by local day (summary and ledger). */
    private Map<Integer, Long> column(String column) {
        Map<Integer, Long> found = new TreeMap<>();
        jdbc.sql("select epoch_day, sum(" + column + ") from (" + dayCounts.all().sql() + ") x where agency_id = :a"
                + " group by epoch_day having sum(" + column + ") <> 0").param("a", agency)
                .query((rs, n) -> found.put(rs.getInt(1), rs.getLong(2))).list();
        return found;
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }
}
