package vn.motcua.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox on Actuator ({@code /actuator/prometheus}): {@code motcua_outbox_backlog} (rows not
 * delivered yet, every node's), {@code motcua_outbox_failed} (of them, those waiting for a resend),
 * {@code motcua_outbox_oldest_age_seconds}, and per consumer the counters
 * {@code motcua_outbox_delivered_total}, {@code motcua_outbox_attempts_failed_total} and
 * {@code motcua_outbox_gave_up_total} of this node. The gauges read the table at most every 10 s.
 */
final class OutboxMetrics {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final Supplier<OutboxStore.Summary> source;
    private final Clock clock;
    private final Map<String, Counter> delivered = new ConcurrentHashMap<>();
    private final Map<String, Counter> failed = new ConcurrentHashMap<>();
    private final Map<String, Counter> gaveUp = new ConcurrentHashMap<>();
    private volatile OutboxStore.Summary last;
    private volatile Instant readAt = Instant.MIN;

    OutboxMetrics(MeterRegistry registry, Supplier<OutboxStore.Summary> source, Clock clock) {
        this.registry = registry;
        this.source = source;
        this.clock = clock;
        Gauge.builder("motcua.outbox.backlog", this, m -> m.summary().backlog())
                .description("Outbox deliveries not done yet (all nodes)").register(registry);
        Gauge.builder("motcua.outbox.failed", this, m -> m.summary().failed())
                .description("Outbox deliveries that gave up and wait for a resend").register(registry);
        Gauge.builder("motcua.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest delivery not done yet").register(registry);
    }

    void delivered(String consumer) {
        counter(delivered, "motcua.outbox.delivered", consumer).increment();
    }

    void failed(String consumer, boolean gaveUpNow) {
        counter(failed, "motcua.outbox.attempts.failed", consumer).increment();
        if (gaveUpNow) {
            counter(gaveUp, "motcua.outbox.gave.up", consumer).increment();
        }
    }

    private Counter counter(Map<String, Counter> cache, String name, String consumer) {
        return cache.computeIfAbsent(consumer, c -> Counter.builder(name).tag("consumer", c).register(registry));
    }

    private double oldestAgeSeconds() {
        Instant oldest = summary().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private OutboxStore.Summary summary() {
        Instant now = clock.instant();
        OutboxStore.Summary s = last;
        if (s == null || readAt.plus(FRESH).isBefore(now) || readAt.isAfter(now)) {
            try {
                s = source.get();
                last = s;
                readAt = now;
            } catch (RuntimeException e) {
                return s == null ? new OutboxStore.Summary(0, 0, null) : s;
            }
        }
        return s;
    }

    /** Forgets the cached figures (after a resend, in tests). */
    void refresh() {
        readAt = Instant.MIN;
    }
}
