package vn.motcua.dossier.deadline;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.dossier.DeadlineApproaching;
import vn.motcua.dossier.DossierEventsProbe;
import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DeadlineWatchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    DossierEventsProbe probe;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private List<DeadlineApproaching> awaitNotices(String code, int count) throws InterruptedException {
        List<DeadlineApproaching> seen = List.of();
        for (int i = 0; i < 100 && seen.size() < count; i++) {
            Thread.sleep(30);
            seen = probe.deadlinesOf(code);
        }
        return seen;
    }

    @Test
    void eachNoticeIsSentOncePerDossierAndStep() throws Exception {
        long agency = data.agency("Sở thử cảnh báo hạn", null);
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String procedure = DossierTestSupport.procedure(mvc, data.agencyCode(agency));
        clock.set(Instant.parse("2026-03-02T02:00:00Z")); // Monday 09:00; the appraisal (16 h) is due Wednesday 10:00
        String body = mvc.perform(post("/api/v1/dossiers/intake").with(httpBasic(reception, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(DossierTestSupport.intake(procedure)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.code");

        clock.set(Instant.parse("2026-03-03T04:00:00Z")); // Tuesday 11:00: 6.5 working hours left
        watch.run();
        watch.run();
        clock.set(Instant.parse("2026-03-04T04:00:00Z")); // Wednesday 11:00: the step is an hour late
        watch.run();
        watch.run();

        List<DeadlineApproaching> notices = awaitNotices(code, 2);
        assertThat(notices).extracting(DeadlineApproaching::kind, DeadlineApproaching::stepIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineApproaching.Kind.NEARING_DUE, 1),
                        org.assertj.core.groups.Tuple.tuple(DeadlineApproaching.Kind.OVERDUE, 1));
        assertThat(notices).allSatisfy(n -> assertThat(n.dueAt()).isEqualTo(Instant.parse("2026-03-04T03:00:00Z")));
    }
}
