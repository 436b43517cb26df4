package vn.motcua.identity.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brakes on password guessing, by address and by account, in the database so that every node
 * counts the same failures. Each key counts failures in a window ({@code window}); from its
 * threshold on, the next attempt is refused until 2^(failures − threshold) seconds have passed,
 * capped. A delay, never a lock: nobody can keep an officer out for long, and an attempt refused
 * while waiting is not counted and checks no password (so it costs no bcrypt either).
 * <ul>
 * <li>{@code a:<address>}: every failure from an address, any username (one address trying many
 * accounts);</li>
 * <li>{@code u:<username>|<address>}: one account from one address (the usual guesser). The
 * officer logging in from elsewhere is not affected;</li>
 * <li>{@code u:<username>}: one account from every address (a guesser spread over many addresses), with a
 * higher threshold and a short cap, so that a stranger holds the officer back at most that long;</li>
 * <li>{@code p:<username>}: wrong current passwords when changing one's password.</li>
 * </ul>
 * Usernames are counted whether or not such an account exists, so the answers never tell.
 */
@Component
class LoginThrottle {

    /** A counter: its key, the failures it allows before delays, the longest delay. */
    record Key(String value, int threshold, Duration maxDelay) {
    }

    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final int accountMaxFailures;
    private final Duration maxDelay;
    private final Duration accountMaxDelay;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${motcua.security.login.window:PT15M}") Duration window,
            @Value("${motcua.security.login.max-failures:5}") int maxFailures,
            @Value("${motcua.security.login.address-max-failures:20}") int addressMaxFailures,
            @Value("${motcua.security.login.account-max-failures:20}") int accountMaxFailures,
            @Value("${motcua.security.login.max-delay:PT15M}") Duration maxDelay,
            @Value("${motcua.security.login.account-max-delay:PT1M}") Duration accountMaxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.accountMaxFailures = accountMaxFailures;
        this.maxDelay = maxDelay;
        this.accountMaxDelay = accountMaxDelay;
    }

    /** The counters a login attempt (form or HTTP Basic) is held against. */
    List<Key> login(String username, String address) {
        String name = name(username);
        String from = address(address);
        return List.of(new Key("a:" + from, addressMaxFailures, maxDelay),
                new Key("u:" + name + "|" + from, maxFailures, maxDelay),
                new Key("u:" + name, accountMaxFailures, accountMaxDelay));
    }

    /** The counters of the current password given on a password change. */
    List<Key> passwordChange(String username, String address) {
        return List.of(new Key("a:" + address(address), addressMaxFailures, maxDelay),
                new Key("p:" + name(username), maxFailures, maxDelay));
    }

    /** How long the caller must wait before trying again, if at all (whole seconds, at least one). */
    @Transactional(readOnly = true)
    Optional<Duration> wait(List<Key> keys) {
        Instant now = now();
        return jdbc.sql("select blocked_until from login_throttle where throttle_key in (:keys) and blocked_until > :now")
                .param("keys", keys.stream().map(Key::value).toList()).param("now", Timestamp.from(now))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).max(Comparator.naturalOrder())
                .map(until -> Duration.ofSeconds(Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000)));
    }

    /**
     * Counts a failure against every key, in a transaction of its own so that a refused password
     * change (which rolls back) still counts. Keys are locked in one order, so concurrent failures
     * on several nodes wait for each other instead of deadlocking.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(List<Key> keys) {
        Instant now = now();
        for (Key key : keys.stream().sorted(Comparator.comparing(Key::value)).toList()) {
            jdbc.sql("""
                    insert into login_throttle (throttle_key, window_start, failures) values (:k, :now, 0)
                    on conflict do nothing
                    """).param("k", key.value()).param("now", Timestamp.from(now)).update();
            var row = jdbc.sql("select window_start, failures from login_throttle where throttle_key = :k for update")
                    .param("k", key.value())
                    .query((rs, n) -> new Object[] { rs.getTimestamp(1).toInstant(), rs.getInt(2) }).single();
            Instant start = (Instant) row[0];
            int failures = (int) row[1];
            if (!start.isAfter(now.minus(window))) {
                start = now;
                failures = 0;
            }
            failures++;
            Instant until = failures < key.threshold() ? null : now.plus(delay(failures - key.threshold(), key.maxDelay()));
            jdbc.sql("""
                    update login_throttle set window_start = :start, failures = :n, blocked_until = :until
                    where throttle_key = :k
                    """).param("k", key.value()).param("start", Timestamp.from(start)).param("n", failures)
                    .param("until", until == null ? null : Timestamp.from(until)).update();
        }
    }

    /**
     * Forgets the account's failures after the right password. An address's count stays: logging in
     * to one's own account must not clear the record of guesses from there.
     */
    @Transactional
    void succeeded(List<Key> keys) {
        List<String> accountKeys = keys.stream().map(Key::value).filter(k -> !k.startsWith("a:")).toList();
        if (!accountKeys.isEmpty()) {
            jdbc.sql("delete from login_throttle where throttle_key in (:keys)").param("keys", accountKeys).update();
        }
    }

    /** Drops counters whose window and wait are over; any node may do it, twice is harmless. */
    @Scheduled(fixedDelayString = "${motcua.security.login.cleanup-interval:PT1H}", initialDelayString = "PT7M")
    @Transactional
    public void cleanUp() {
        Instant now = now();
        jdbc.sql("""
                delete from login_throttle where window_start < :old and (blocked_until is null or blocked_until < :now)
                """).param("old", Timestamp.from(now.minus(window))).param("now", Timestamp.from(now)).update();
    }

    // Milliseconds: what every database keeps exactly (H2 and PostgreSQL round finer fractions).
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** 2^excess seconds, capped. */
    static Duration delay(int excess, Duration cap) {
        if (excess >= 40) {
            return cap;
        }
        Duration wait = Duration.ofSeconds(1L << excess);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    static String name(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String from = address == null || address.isBlank() ? "unknown" : address.trim();
        return from.length() > 64 ? from.substring(0, 64) : from;
    }
}
