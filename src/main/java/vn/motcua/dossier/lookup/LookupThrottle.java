package vn.motcua.dossier.lookup;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The brake on guessing in the public lookup, by failures only, in fixed windows:
 * <ul>
 * <li>per client address and dossier code: after {@code max-failures-per-code} wrong contacts for one
 * code, that address may not look that code up until the window ends (guessing a code's phone or ID
 * number);</li>
 * <li>per client address: after {@code max-failures-per-address} failures over any codes, a further
 * failure answers 429 instead of "not found" until the window ends (guessing codes); a correct look-up
 * from that address is still answered, so everyone behind one NAT, a proxy or the national portal
 * keeps working while one of them guesses.</li>
 * </ul>
 * The client address is the request's remote address: behind a reverse proxy, configure the proxies
 * that may set {@code X-Forwarded-For} (docs/operations.md); a forwarded header from any other peer is
 * ignored. Kept per node on purpose: it is a brake, not shared state; with N nodes a client gets at most
 * N times the limits, and a database write per look-up would cost more than it protects.
 */
@Component
class LookupThrottle {

    private record Window(long start, int failures) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxPerCode;
    private final int maxPerAddress;
    private final long windowMillis;

    LookupThrottle(Clock clock, @Value("${motcua.lookup.max-failures-per-code:10}") int maxPerCode,
            @Value("${motcua.lookup.max-failures-per-address:100}") int maxPerAddress,
            @Value("${motcua.lookup.window-minutes:10}") int windowMinutes) {
        this.clock = clock;
        this.maxPerCode = maxPerCode;
        this.maxPerAddress = maxPerAddress;
        this.windowMillis = Duration.ofMinutes(windowMinutes).toMillis();
    }

    /** Seconds to wait before this address may look this code up again; empty when it may now. */
    OptionalLong codeBraked(String address, String code) {
        return braked(codeKey(address, code), maxPerCode);
    }

    /** Seconds until a failure from this address is answered as "not found" again; empty when it is now. */
    OptionalLong addressBraked(String address) {
        return braked(address, maxPerAddress);
    }

    void failed(String address, String code) {
        long now = clock.millis();
        count(codeKey(address, code), now);
        count(address, now);
        if (windows.size() > 200_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
        }
    }

    private OptionalLong braked(String key, int max) {
        Window w = windows.get(key);
        long elapsed = w == null ? windowMillis : clock.millis() - w.start();
        if (elapsed >= windowMillis || w.failures() < max) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (windowMillis - elapsed + 999) / 1000));
    }

    private void count(String key, long now) {
        windows.compute(key, (k, w) -> w == null || now - w.start() >= windowMillis ? new Window(now, 1)
                : new Window(w.start(), w.failures() + 1));
    }

    private static String codeKey(String address, String code) {
        return address + "\n" + (code == null ? "" : code.strip());
    }
}
