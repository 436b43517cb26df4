package vn.motcua.dossier.lookup;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed public lookups per client address (guessing codes and phone numbers), in fixed
 * windows. Kept per node on purpose: it is a brake on guessing, not shared state; with N nodes a
 * client gets at most N times the limit, and a database write per lookup would cost more than it
 * protects (citizens and the national portal poll this endpoint).
 */
@Component
class LookupThrottle {

    private record Window(long start, int failures) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final long windowMillis;

    LookupThrottle(Clock clock, @Value("${motcua.lookup.max-failures:10}") int maxFailures,
            @Value("${motcua.lookup.window-minutes:10}") int windowMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.windowMillis = Duration.ofMinutes(windowMinutes).toMillis();
    }

    boolean allow(String client) {
        Window w = windows.get(client);
        return w == null || clock.millis() - w.start() >= windowMillis || w.failures() < maxFailures;
    }

    void failed(String client) {
        long now = clock.millis();
        windows.compute(client, (k, w) -> w == null || now - w.start() >= windowMillis ? new Window(now, 1)
                : new Window(w.start(), w.failures() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
        }
    }
}
