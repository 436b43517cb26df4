package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.MotcuaApplication;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Overlapping retries with one request key, on two nodes (two application contexts on one database): the
 * key is claimed before anything is written, so one key makes one dossier or one action, and every retry
 * answers what that did.
 */
@IntegrationTest
class RequestKeysAcrossNodesTest {

    static ConfigurableApplicationContext secondNode;
    static String secondNodeUrl;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    /** A second node of the application on the same database, on a random port. */
    @BeforeAll
    static void startSecondNode(@Autowired Environment env) {
        secondNode = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles(new TestProfiles().resolve(RequestKeysAcrossNodesTest.class))
                .run("--server.port=0",
                        "--spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + env.getProperty("spring.datasource.username", ""),
                        "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        // The first node migrated the schema and owns the outbox's outstanding events.
                        "--spring.flyway.enabled=false",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false");
        secondNodeUrl = "http://127.0.0.1:" + secondNode.getEnvironment().getRequiredProperty("local.server.port");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    record Answer(int status, String body) {
        String code() {
            return JsonPath.read(body, "$.code");
        }
    }

    /** HTTP Basic for an officer ({@link TestData#PASSWORD}), or {@code Bearer mc_...} as it is. */
    private static String authorization(String user) {
        return user.startsWith("Bearer ") ? user
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    }

    private Answer onFirstNode(String path, String user, String key, String body) throws Exception {
        MockHttpServletResponse r = mvc.perform(post(path).header("Authorization", authorization(user))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        return new Answer(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8));
    }

    private static Answer onSecondNode(String path, String user, String key, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(secondNodeUrl + path))
                .header("Authorization", authorization(user)).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body());
    }

    /** The same request {@code times} at once, half on each node. */
    private List<Answer> atOnce(int times, String path, String user, String key, String body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                boolean first = i % 2 == 0;
                Callable<Answer> call = () -> {
                    start.await();
                    return first ? onFirstNode(path, user, key, body) : onSecondNode(path, user, key, body);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(90, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    @Test
    void eightOverlappingCounterIntakesWithOneKeyMakeOneDossier() throws Exception {
        long agency = data.agency("Bộ phận một cửa hai máy chủ", null);
        String agencyCode = data.agencyCode(agency);
        String procedure = DossierFixtures.procedure(mvc, agencyCode, null, "PARTIAL");
        String reception = data.officer(agency, Role.RECEPTION, agency);
        String key = UUID.randomUUID().toString();

        List<Answer> answers = atOnce(8, "/api/v1/dossiers/intake", reception, key,
                DossierScenarioTest.intake(procedure, "RECEIVE", null));

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        String code = answers.get(0).code();
        assertThat(answers).extracting(Answer::code).containsOnly(code);
        assertThat(answers).extracting(a -> (String) JsonPath.read(a.body(), "$.status")).containsOnly("PROCESSING");
        assertThat(count("select count(*) from dossier where procedure_code = ?", procedure)).isEqualTo(1);
        assertThat(count("select count(*) from dossier where procedure_code = ? and status = 'SUBMITTED'", procedure))
                .isZero();
        assertThat(jdbc.sql("select last_number from dossier_code_sequence where agency_code = ?").param(agencyCode)
                .query(Integer.class).list()).containsExactly(1);
        assertThat(jdbc.sql("""
                select action from dossier_event where dossier_id = (select id from dossier where code = ?) order by id
                """).param(code).query(String.class).list()).containsExactly("SUBMIT", "RECEIVE");
    }

    @Test
    void overlappingReplaysOfAnActionAnswerTheAppliedDossier() throws Exception {
        long agency = data.agency("Sở hai máy chủ", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String reception = data.officer(agency, Role.RECEPTION, agency);
        // A specialist system with an API token: no password hash per request, so the replays truly overlap.
        String specialist = "Bearer " + JsonPath.read(mvc.perform(post("/api/v1/api-clients")
                        .with(httpBasic(DossierFixtures.ADMIN, DossierFixtures.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"%s","displayName":"Hệ thống thẩm định","roles":[{"role":"SPECIALIST","agencyCode":"%s"}]}
                                """.formatted(TestData.unique("appraise"), data.agencyCode(agency))))
                .andReturn().getResponse().getContentAsString(), "$.token");
        for (int round = 0; round < 3; round++) {
            String code = onFirstNode("/api/v1/dossiers/intake", reception, UUID.randomUUID().toString(),
                    DossierScenarioTest.intake(procedure, "RECEIVE", null)).code();

            // Every replay carries the version its client saw before the first one applied.
            List<Answer> answers = atOnce(8, "/api/v1/dossiers/" + code + "/actions/forward", specialist,
                    UUID.randomUUID().toString(), "{\"version\":1}");

            assertThat(answers).extracting(Answer::status).containsOnly(200);
            assertThat(answers).extracting(a -> (String) JsonPath.read(a.body(), "$.stepRole")).containsOnly("LEADER");
            assertThat(answers).extracting(a -> (Integer) JsonPath.read(a.body(), "$.version")).containsOnly(2);
            assertThat(count("""
                    select count(*) from dossier_event where action = 'FORWARD'
                      and dossier_id = (select id from dossier where code = ?)
                    """, code)).isEqualTo(1);
        }
    }

    /**
     * A holder that keeps the key longer than H2's lock timeout (2 s) is still waited for: when it rolls
     * back, the waiting filing takes the key and files; when it commits, the waiting filing answers its dossier.
     */
    @Test
    void aKeyHeldLongerThanTheLockTimeoutIsWaitedFor() throws Exception {
        long agency = data.agency("Bộ phận một cửa chờ khóa", null);
        String procedure = DossierFixtures.procedure(mvc, data.agencyCode(agency), null, "PARTIAL");
        String reception = data.officer(agency, Role.RECEPTION, agency);
        long account = count("select id from account where username = ?", reception);
        String earlier = onFirstNode("/api/v1/dossiers/intake", reception, UUID.randomUUID().toString(),
                DossierScenarioTest.intake(procedure, "RECEIVE", null)).code();
        long earlierId = count("select id from dossier where code = ?", earlier);
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch held = new CountDownLatch(2);
        AtomicBoolean released = new AtomicBoolean();
        try {
            Future<?> holdThenRollBack = pool.submit(() -> hold(account, rolledBack, null, held, released, false));
            Future<?> holdThenCommit = pool.submit(() -> hold(account, committed, earlierId, held, released, true));
            held.await(30, TimeUnit.SECONDS);
            String body = DossierScenarioTest.intake(procedure, "RECEIVE", null);
            Future<Answer> afterRollback = pool.submit(() -> onFirstNode("/api/v1/dossiers/intake", reception, rolledBack, body));
            Future<Answer> afterCommit = pool.submit(() -> onSecondNode("/api/v1/dossiers/intake", reception, committed, body));
            Answer filed = afterRollback.get(60, TimeUnit.SECONDS);
            Answer answered = afterCommit.get(60, TimeUnit.SECONDS);
            assertThat(released).isTrue();
            holdThenRollBack.get();
            holdThenCommit.get();

            assertThat(filed.status()).isEqualTo(201);
            assertThat(filed.code()).isNotEqualTo(earlier);
            assertThat(answered.status()).isEqualTo(201);
            assertThat(answered.code()).isEqualTo(earlier);
            assertThat(count("select count(*) from dossier where procedure_code = ?", procedure)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Holds the account's key in a transaction for 2.5 s (longer than H2's lock timeout), then ends it. */
    private void hold(long account, String key, Long dossierId, CountDownLatch held, AtomicBoolean released,
            boolean commit) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into dossier_request (account_id, request_key, dossier_id, action, created_at)
                    values (?, ?, ?, 'SUBMIT', ?)
                    """).params(account, key, dossierId, Timestamp.from(Instant.now())).update();
            held.countDown();
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            released.set(true);
            if (!commit) {
                s.setRollbackOnly();
            }
        });
    }
}
