package vn.motcua.platform.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClock;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox: events stored in the publisher's transaction, delivered after it on any node, a dead
 * node's claims taken over after their lease, two nodes never delivering one row at once, failures
 * retried with growing backoff until they stop and wait for a resend. The application's own nodes
 * (every cached test context runs one) deliver alongside; the tests play further nodes by calling
 * {@link OutboxDelivery#deliverBatch} with node ids of their own.
 */
@IntegrationTest
class OutboxDeliveryTest {

    private static final String COUNTING = "test.outbox.counting";
    private static final String FLAKY = "test.outbox.flaky";
    private static final String WRITING = "test.outbox.writing";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxStore store;
    @Autowired
    OutboxSettings settings;
    @Autowired
    TestClock clock;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        TestConsumers.countingSleepMillis = 0;
    }

    record Row(long id, int attempts, Instant nextAttemptAt, String claimedBy, String lastError, Instant failedAt) {
    }

    private List<Row> rows(String key, String consumer) {
        return jdbc.sql("""
                select id, attempts, next_attempt_at, claimed_by, last_error, failed_at from outbox
                where consumer = :consumer and payload like :key and delivered_at is null
                """).param("consumer", consumer).param("key", "%\"key\":\"" + key + "\"%")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), instant(rs.getTimestamp(3)), rs.getString(4),
                        rs.getString(5), instant(rs.getTimestamp(6))))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private void publish(OutboxTestEvent... published) {
        tx.executeWithoutResult(s -> {
            for (OutboxTestEvent e : published) {
                events.publishEvent(e);
            }
        });
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aCommittedEventIsStoredPerConsumerAndDeliveredToEachOnceSoonAfterTheCommit() throws Exception {
        String key = TestData.unique("OB-ONE");
        long wakeUps = delivery.wakeUps();
        long t0 = System.nanoTime();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new OutboxTestEvent(key));
            // stored in the publisher's transaction, one row per consumer, before the commit
            assertThat(rows(key, COUNTING)).hasSize(1);
            assertThat(rows(key, FLAKY)).hasSize(1);
            events.publishEvent(new OutboxTestEvent(key + "-2"));
        });
        // the commit wakes the local delivery once, however many events it stored
        assertThat(delivery.wakeUps()).isEqualTo(wakeUps + 1);
        await("delivered", () -> TestConsumers.counted(key) == 1 && TestConsumers.flakyDelivered(key) == 1
                && TestConsumers.counted(key + "-2") == 1);
        // well within the poll interval: the wake-up, not the poll, delivered it (a loaded machine gets slack)
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        await("rows deleted once delivered", () -> rows(key, COUNTING).isEmpty() && rows(key, FLAKY).isEmpty());
        Thread.sleep(300);
        assertThat(TestConsumers.counted(key)).isEqualTo(1);
    }

    @Test
    void aRolledBackPublisherLeavesNoRowAndNothingIsDelivered() throws Exception {
        String key = TestData.unique("OB-RB");
        tx.executeWithoutResult(s -> {
            events.publishEvent(new OutboxTestEvent(key));
            assertThat(rows(key, COUNTING)).hasSize(1);
            s.setRollbackOnly();
        });
        assertThat(rows(key, COUNTING)).isEmpty();
        assertThat(rows(key, FLAKY)).isEmpty();
        Thread.sleep(300);
        delivery.deliverBatch("test-node-rb");
        assertThat(TestConsumers.counted(key)).isZero();
    }

    @Test
    void anEventWithConsumersCannotBePublishedOutsideATransaction() {
        String key = TestData.unique("OB-NOTX");
        assertThatThrownBy(() -> events.publishEvent(new OutboxTestEvent(key)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThat(rows(key, COUNTING)).isEmpty();
    }

    @Test
    void theClaimsOfANodeThatStoppedAreTakenOverByAnotherNodeOnceTheirLeaseEnds() throws Exception {
        String key = TestData.unique("OB-DEAD");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(now); // frozen: the lease ends exactly when the test says
        Instant leaseEnd = now.plus(settings.lease());
        tx.executeWithoutResult(s -> {
            events.publishEvent(new OutboxTestEvent(key));
            // node A claims both rows (as OutboxStore.claim does) and dies before delivering them
            jdbc.sql("""
                    update outbox set claimed_by = 'test-node-a', attempts = attempts + 1, next_attempt_at = :lease
                    where payload like :key
                    """).param("lease", Timestamp.from(leaseEnd)).param("key", "%\"key\":\"" + key + "\"%").update();
        });
        // while the lease holds, no other node takes them: neither the application's nodes nor node B
        Thread.sleep(settings.pollInterval().toMillis() + 500);
        delivery.deliverBatch("test-node-b");
        clock.set(leaseEnd.minusMillis(1));
        delivery.deliverBatch("test-node-b");
        assertThat(TestConsumers.counted(key)).isZero();
        assertThat(rows(key, COUNTING)).singleElement().satisfies(r -> {
            assertThat(r.claimedBy()).isEqualTo("test-node-a");
            assertThat(r.attempts()).isEqualTo(1);
        });

        // the lease has ended: a live node takes them over at its next poll, without node A coming back
        clock.set(leaseEnd.plusMillis(1));
        long t0 = System.nanoTime();
        await("taken over", () -> TestConsumers.counted(key) == 1 && TestConsumers.flakyDelivered(key) == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0))
                .isLessThan(settings.pollInterval().plus(Duration.ofSeconds(3)));
        await("rows deleted", () -> rows(key, COUNTING).isEmpty() && rows(key, FLAKY).isEmpty());
        assertThat(TestConsumers.COUNTED.get(key)).singleElement().asString().startsWith("motcua-outbox-");
    }

    @Test
    void aTakeOverNotesTheStoppedNodeAsTheRowsLastError() {
        String key = TestData.unique("OB-NOTE");
        Instant now = Instant.now();
        // all in one transaction rolled back at the end: nothing is left, whatever else it claimed
        tx.executeWithoutResult(s -> {
            events.publishEvent(new OutboxTestEvent(key));
            jdbc.sql("""
                    update outbox set claimed_by = 'test-node-a', attempts = 1, next_attempt_at = :past
                    where payload like :key
                    """).param("past", Timestamp.from(now.minusSeconds(1))).param("key", "%\"key\":\"" + key + "\"%")
                    .update();
            List<OutboxStore.Claim> claimed = store.claim("test-node-c", List.of(COUNTING), now,
                    now.plus(settings.lease()), 10_000);
            assertThat(claimed).anySatisfy(c -> assertThat(c.payload()).contains(key));
            assertThat(rows(key, COUNTING)).singleElement().satisfies(r -> {
                assertThat(r.claimedBy()).isEqualTo("test-node-c");
                assertThat(r.attempts()).isEqualTo(2);
                assertThat(r.lastError()).isEqualTo("lease expired on test-node-a");
            });
            s.setRollbackOnly();
        });
        assertThat(rows(key, COUNTING)).isEmpty();
    }

    @Test
    void aDeliveryThatOutlivesItsLeaseAndIsTakenOverDoesNotCommitItsEffects() throws Exception {
        String key = TestData.unique("OB-SLOW");
        TestConsumers.Hold hold = new TestConsumers.Hold();
        TestConsumers.HOLDS.put(key, hold);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(now);
        Instant leaseEnd = now.plus(settings.lease());
        tx.executeWithoutResult(s -> {
            events.publishEvent(new OutboxTestEvent(key));
            jdbc.sql("""
                    update outbox set claimed_by = 'test-node-x', attempts = 1, next_attempt_at = :lease
                    where payload like :key
                    """).param("lease", Timestamp.from(leaseEnd)).param("key", "%\"key\":\"" + key + "\"%").update();
        });
        List<OutboxStore.Claim> claims = jdbc.sql("""
                select id, event_type, consumer, payload, created_at, attempts from outbox where payload like :key
                """).param("key", "%\"key\":\"" + key + "\"%").query((rs, n) -> new OutboxStore.Claim(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getInt(6))).list();
        ExecutorService x = Executors.newSingleThreadExecutor();
        try {
            // node X delivers its claims; the writing consumer is held up past X's lease
            Future<?> nodeX = x.submit(() -> {
                Thread.currentThread().setName("test-node-x");
                delivery.deliverClaimed("test-node-x", claims, now);
            });
            assertThat(hold.entered().await(20, TimeUnit.SECONDS)).isTrue();
            // X's lease ends: node Y takes the claims over and delivers them
            clock.set(leaseEnd.plusMillis(1));
            await("taken over by node Y", () -> {
                delivery.deliverBatch("test-node-y");
                return rows(key, WRITING).isEmpty();
            });
            // X finishes late: its claim is no longer its own, so what its consumer wrote is rolled back
            hold.release().countDown();
            nodeX.get(20, TimeUnit.SECONDS);
        } finally {
            x.shutdownNow();
            TestConsumers.HOLDS.remove(key);
        }
        assertThat(hold.calls()).hasValue(2);
        // node Y ran on this test's thread; node X's write was rolled back with its transaction
        assertThat(jdbc.sql("select summary from audit_log where entity_type = 'outbox-test' and entity_id = :key")
                .param("key", key).query(String.class).list()).as("the consumer's writes that committed")
                .containsExactly(Thread.currentThread().getName());
        assertThat(rows(key, COUNTING)).isEmpty();
        assertThat(rows(key, FLAKY)).isEmpty();
    }

    @Test
    void twoNodesOverOneBacklogDeliverEveryEventToEveryConsumerExactlyOnce() throws Exception {
        String prefix = TestData.unique("OB-TWO");
        int count = 300;
        List<OutboxTestEvent> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            published.add(new OutboxTestEvent(prefix + "-" + i));
        }
        TestConsumers.countingSleepMillis = 1;
        publish(published.toArray(OutboxTestEvent[]::new));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimed = new ArrayList<>();
            for (String node : List.of("test-node-1", "test-node-2")) {
                claimed.add(nodes.submit(() -> {
                    Thread.currentThread().setName(node);
                    int total = 0;
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (System.nanoTime() < deadline && remaining(prefix) > 0) {
                        int n = delivery.deliverBatch(node);
                        total += n;
                        if (n == 0) {
                            Thread.sleep(5);
                        }
                    }
                    return total;
                }));
            }
            int byTestNodes = 0;
            for (Future<Integer> f : claimed) {
                byTestNodes += f.get();
            }
            assertThat(byTestNodes).as("rows the two test nodes claimed").isPositive();
        } finally {
            nodes.shutdownNow();
        }
        assertThat(remaining(prefix)).isZero();
        Thread.sleep(200);
        for (OutboxTestEvent e : published) {
            assertThat(TestConsumers.counted(e.key())).as("deliveries of %s to the counting consumer", e.key())
                    .isEqualTo(1);
            assertThat(TestConsumers.flakyDelivered(e.key())).as("deliveries of %s to the other consumer", e.key())
                    .isEqualTo(1);
        }
        assertThat(meters.get("motcua.outbox.delivered").tag("consumer", COUNTING).counter().count()).isPositive();
        // several nodes did share the work
        assertThat(published.stream().map(e -> TestConsumers.COUNTED.get(e.key()).get(0)).distinct().count())
                .isGreaterThan(1);
    }

    private long remaining(String prefix) {
        return jdbc.sql("select count(*) from outbox where payload like :p and delivered_at is null")
                .param("p", "%\"key\":\"" + prefix + "-%").query(Long.class).single();
    }

    @Test
    void aFailingConsumerIsRetriedWithGrowingBackoffThenStopsUntilResentWithoutHoldingUpTheOthers() throws Exception {
        String key = TestData.unique("OB-FAIL");
        TestConsumers.FAILING.add(key);
        try {
            Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            clock.set(t);
            publish(new OutboxTestEvent(key));
            // the other consumer of the same event is not held up
            await("the counting consumer served", () -> TestConsumers.counted(key) == 1);

            Duration previous = Duration.ZERO;
            for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
                int n = attempt;
                await("attempt " + n + " recorded", () -> {
                    delivery.deliverBatch("test-node-r");
                    return rows(key, FLAKY).stream().anyMatch(r -> r.attempts() == n && r.claimedBy() == null);
                });
                Row row = rows(key, FLAKY).get(0);
                assertThat(row.lastError()).contains("IllegalStateException").contains("national portal down for " + key);
                if (attempt == settings.maxAttempts()) {
                    assertThat(row.failedAt()).isEqualTo(clock.instant());
                    assertThat(row.nextAttemptAt()).isNull();
                    break;
                }
                assertThat(row.failedAt()).isNull();
                Duration delay = Duration.between(clock.instant(), row.nextAttemptAt());
                long base = Math.min(settings.maxBackoff().toMillis(),
                        settings.initialBackoff().toMillis() << Math.min(attempt - 1, 30));
                assertThat(delay.toMillis()).as("delay after attempt %d", attempt).isBetween(base, base * 3 / 2);
                if (base < settings.maxBackoff().toMillis()) {
                    assertThat(delay).as("delay after attempt %d grows", attempt).isGreaterThan(previous);
                }
                previous = delay;
                clock.set(row.nextAttemptAt().minusMillis(1));
                delivery.deliverBatch("test-node-r");
                assertThat(rows(key, FLAKY).get(0).attempts()).as("not before its time").isEqualTo(attempt);
                clock.set(row.nextAttemptAt());
            }
            // stopped: no node tries it again, however late it gets
            clock.set(clock.instant().plus(Duration.ofDays(3)));
            delivery.deliverBatch("test-node-r");
            assertThat(rows(key, FLAKY)).singleElement().satisfies(r -> {
                assertThat(r.attempts()).isEqualTo(settings.maxAttempts());
                assertThat(r.failedAt()).isNotNull();
            });
            assertThat(meters.get("motcua.outbox.gave.up").tag("consumer", FLAKY).counter().count()).isPositive();
            assertThat(TestConsumers.flakyDelivered(key)).isZero();

            // the national portal is back: the operator's resend delivers it, and nothing is left
            TestConsumers.FAILING.remove(key);
            long id = rows(key, FLAKY).get(0).id();
            mvc.perform(post("/api/v1/outbox/{id}/resend", id).with(httpBasic("admin", "QuanTri@Test-2026")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING"));
            await("delivered after the resend", () -> TestConsumers.flakyDelivered(key) == 1 && rows(key, FLAKY).isEmpty());
            assertThat(TestConsumers.counted(key)).as("the other consumer is not served again").isEqualTo(1);
        } finally {
            TestConsumers.FAILING.remove(key);
        }
    }
}
