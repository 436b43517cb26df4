package vn.motcua.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.outbox.*} (docs/operations.md, "Outbox").
 *
 * @param enabled        whether this node delivers (it always records)
 * @param nodeId         this node's name in the claims; default host name and a random suffix
 * @param threads        delivering threads on this node, each claiming its own batches (one of them polls)
 * @param batchSize      deliveries claimed at once
 * @param transactionTime a delivering transaction takes the batch's next row only while it has lasted less
 *                       than this (a slow delivery ends its transaction; quick ones share one)
 * @param pollInterval   how often an idle node looks for work published elsewhere
 * @param linger         after a local commit wakes the poller, how long it waits to gather more
 * @param lease          how long a claim holds: a dead node's claims are taken over after it
 * @param initialBackoff delay after the first failed attempt; doubled after each further one
 * @param maxBackoff     cap of the doubling (a random 0–50 % is added to every delay)
 * @param maxAttempts    attempts before a delivery is marked failed and waits for an operator
 * @param retention      how long delivered rows are kept; zero deletes them on delivery
 * @param cleanupInterval how often delivered rows older than the retention are deleted (when kept)
 */
@ConfigurationProperties("motcua.outbox")
record OutboxSettings(@DefaultValue("true") boolean enabled, String nodeId, @DefaultValue("8") int threads,
        @DefaultValue("50") int batchSize, @DefaultValue("PT0.02S") Duration transactionTime,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT0.05S") Duration linger, @DefaultValue("PT30S") Duration lease,
        @DefaultValue("PT10S") Duration initialBackoff, @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("12") int maxAttempts, @DefaultValue("PT0S") Duration retention,
        @DefaultValue("PT10M") Duration cleanupInterval) {

    OutboxSettings {
        if (threads < 0 || batchSize < 1 || maxAttempts < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("motcua.outbox: threads >= 0, batch-size >= 1, max-attempts >= 1,"
                    + " lease > 0");
        }
    }

    /** The delay before attempt {@code failed + 1}, given a uniform random number in [0, 1). */
    Duration backoff(int failed, double random) {
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        for (int i = 1; i < failed && base < cap; i++) {
            base *= 2;
        }
        base = Math.min(base, cap);
        return Duration.ofMillis(base + (long) (base * 0.5 * random));
    }
}
