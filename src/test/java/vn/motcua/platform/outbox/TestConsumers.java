package vn.motcua.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.motcua.platform.audit.AuditLog;

/**
 * Two consumers of {@link OutboxTestEvent}. What they saw is kept for the whole test JVM: any cached
 * test context's node may deliver a row.
 */
final class TestConsumers {

    private TestConsumers() {
    }

    /** Every delivery, by key, with the thread that made it: duplicates show as two entries. */
    static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();
    /** Keys the flaky consumer refuses for now. */
    static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    /** Keys the flaky consumer accepted. */
    static final Map<String, List<String>> FLAKY_DELIVERED = new ConcurrentHashMap<>();
    /** Delay of the counting consumer, so that deliveries of two nodes overlap. */
    static volatile long countingSleepMillis;

    /** Keys the writing consumer holds up on its first delivery: entered, then waits for the release. */
    record Hold(CountDownLatch entered, CountDownLatch release, AtomicInteger calls) {
        Hold() {
            this(new CountDownLatch(1), new CountDownLatch(1), new AtomicInteger());
        }
    }

    static final Map<String, Hold> HOLDS = new ConcurrentHashMap<>();

    static int counted(String key) {
        return COUNTED.getOrDefault(key, List.of()).size();
    }

    static int flakyDelivered(String key) {
        return FLAKY_DELIVERED.getOrDefault(key, List.of()).size();
    }

    /** Counts every delivery: idempotent in effect (a set of keys), but the test counts duplicates. */
    @Component
    static class Counting implements OutboxConsumer<OutboxTestEvent> {
        @Override
        public String name() {
            return "test.outbox.counting";
        }

        @Override
        public void accept(OutboxTestEvent event) throws InterruptedException {
            COUNTED.computeIfAbsent(event.key(), k -> new CopyOnWriteArrayList<>()).add(Thread.currentThread().getName());
            if (countingSleepMillis > 0) {
                Thread.sleep(countingSleepMillis);
            }
        }
    }

    /** Fails for the keys in {@link #FAILING}, with an error naming the key. */
    @Component
    static class Flaky implements OutboxConsumer<OutboxTestEvent> {
        @Override
        public String name() {
            return "test.outbox.flaky";
        }

        @Override
        public void accept(OutboxTestEvent event) {
            if (FAILING.contains(event.key())) {
                throw new IllegalStateException("national portal down for " + event.key());
            }
            FLAKY_DELIVERED.computeIfAbsent(event.key(), k -> new CopyOnWriteArrayList<>())
                    .add(Thread.currentThread().getName());
        }
    }

    /**
     * For a key in {@link #HOLDS}: writes an audit row (entity {@code outbox-test}, the key) in the
     * delivering transaction, as a consumer writes to the database, its first delivery held up until
     * released. Other keys it takes and ignores.
     */
    @Component
    static class Writing implements OutboxConsumer<OutboxTestEvent> {
        private final AuditLog audit;

        Writing(AuditLog audit) {
            this.audit = audit;
        }

        @Override
        public String name() {
            return "test.outbox.writing";
        }

        @Override
        public void accept(OutboxTestEvent event) throws InterruptedException {
            Hold hold = HOLDS.get(event.key());
            if (hold == null) {
                return;
            }
            if (hold.calls().incrementAndGet() == 1) {
                hold.entered().countDown();
                hold.release().await(30, TimeUnit.SECONDS);
            }
            audit.record("DELIVER", "outbox-test", event.key(), Thread.currentThread().getName(), null);
        }
    }
}
