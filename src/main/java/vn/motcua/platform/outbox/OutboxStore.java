package vn.motcua.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * The {@code outbox} table: one row per event and consumer, from the publisher's transaction until
 * the delivery commits. A row is due when {@code next_attempt_at} has passed; claiming it moves
 * {@code next_attempt_at} to the end of the lease, so a claim that is never completed makes the row
 * due again by itself. Delivered rows are deleted (or kept with {@code delivered_at} for the retention),
 * failed ones have {@code failed_at} and no {@code next_attempt_at} until an operator resends them.
 */
final class OutboxStore {

    /** A row claimed for delivery: {@code attempts} counts this attempt and identifies the claim. */
    record Claim(long id, String eventType, String consumer, String payload, Instant createdAt, int attempts) {
    }

    /** A row not delivered yet, as the operators' page and API list it. */
    record Row(long id, String eventType, String consumer, String payload, Instant createdAt, int attempts,
            Instant nextAttemptAt, String claimedBy, String lastError, Instant failedAt) {
    }

    record Summary(long backlog, long failed, Instant oldest) {
    }

    static final int MAX_ERROR = 2000;
    private static final String COLUMNS = "id, event_type, consumer, payload, created_at, attempts";

    private final JdbcClient jdbc;
    private final boolean postgres;

    OutboxStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
            return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (Exception e) {
            return false;
        }
    }

    /** In the publisher's transaction: one row per consumer, due at once. */
    void insert(String eventType, List<String> consumers, String payload, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (String consumer : consumers) {
            jdbc.sql("""
                    insert into outbox (event_type, consumer, payload, created_at, next_attempt_at, attempts)
                    values (:type, :consumer, :payload, :at, :at, 0)
                    """).param("type", eventType).param("consumer", consumer).param("payload", payload)
                    .param("at", at).update();
        }
    }

    /**
     * Claims up to {@code limit} due rows of these consumers for {@code node} until {@code leaseEnd}
     * (call in a transaction of its own). Rows another claimer holds locked are skipped, never waited
     * for. A row still carrying an earlier claim was left by a node that stopped: the takeover is noted
     * as its last error.
     */
    List<Claim> claim(String node, List<String> consumers, Instant now, Instant leaseEnd, int limit) {
        // PostgreSQL locks the first rows that are free. H2 locks every row its WHERE accepts before it
        // sorts and limits, so there the candidates are chosen first and then locked.
        String sql = postgres ? """
                select %s from outbox
                where next_attempt_at <= :now and consumer in (:consumers)
                order by next_attempt_at limit :limit
                for update skip locked
                """ : """
                select %s from outbox
                where id in (select id from outbox where next_attempt_at <= :now and consumer in (:consumers)
                             order by next_attempt_at limit :limit)
                  and next_attempt_at <= :now
                for update skip locked
                """;
        List<Claim> due = jdbc.sql(sql.formatted(COLUMNS)).param("now", Timestamp.from(now))
                .param("consumers", consumers).param("limit", limit).query(OutboxStore::claim).list();
        if (due.isEmpty()) {
            return due;
        }
        List<Long> ids = due.stream().map(Claim::id).toList();
        jdbc.sql("""
                update outbox set attempts = attempts + 1, next_attempt_at = :lease, claimed_by = :node,
                       last_error = case when claimed_by is null then last_error
                                         else 'lease expired on ' || claimed_by end
                where id in (:ids)
                """).param("lease", Timestamp.from(leaseEnd)).param("node", node).param("ids", ids).update();
        return due.stream().map(c -> new Claim(c.id(), c.eventType(), c.consumer(), c.payload(), c.createdAt(),
                c.attempts() + 1)).sorted(java.util.Comparator.comparing(Claim::id)).toList();
    }

    private static Claim claim(ResultSet rs, int n) throws SQLException {
        return new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getInt(6));
    }

    /** The attempt counts of the rows among {@code ids} that {@code node} still holds (a plain read). */
    Map<Long, Integer> held(String node, List<Long> ids) {
        Map<Long, Integer> held = new HashMap<>();
        jdbc.sql("select id, attempts from outbox where id in (:ids) and claimed_by = :node")
                .param("ids", ids).param("node", node)
                .query(rs -> {
                    held.put(rs.getLong(1), rs.getInt(2));
                });
        return held;
    }

    /**
     * Records deliveries, for the claims that are still {@code node}'s (same attempt): deletes the
     * rows, or keeps them as delivered when {@code keep}. Answers how many it recorded.
     */
    int delivered(String node, List<Claim> claims, Instant now, boolean keep) {
        if (claims.isEmpty()) {
            return 0;
        }
        List<Object[]> pairs = claims.stream().map(c -> new Object[] { c.id(), c.attempts() }).toList();
        String where = " where (id, attempts) in (:pairs) and claimed_by = :node";
        return (keep ? jdbc.sql("update outbox set delivered_at = :now, next_attempt_at = null, claimed_by = null"
                + where).param("now", Timestamp.from(now)) : jdbc.sql("delete from outbox" + where))
                .param("pairs", pairs).param("node", node).update();
    }

    /** Gives back claims of {@code node} it will not deliver now: due at once, the attempt not counted. */
    void giveBack(String node, List<Claim> claims, Instant now) {
        List<Object[]> pairs = claims.stream().map(c -> new Object[] { c.id(), c.attempts() }).toList();
        jdbc.sql("""
                update outbox set next_attempt_at = :now, claimed_by = null, attempts = attempts - 1
                where (id, attempts) in (:pairs) and claimed_by = :node
                """).param("now", Timestamp.from(now)).param("pairs", pairs).param("node", node).update();
    }

    /**
     * Records a failed attempt of the claim ({@code attempts}) of {@code node}: due again at
     * {@code next}, or failed (at {@code failedAt}) when {@code next} is null.
     */
    boolean failed(long id, String node, int attempts, String error, Instant next, Instant failedAt) {
        return jdbc.sql("""
                update outbox set next_attempt_at = :next, claimed_by = null, last_error = :error, failed_at = :failed
                where id = :id and claimed_by = :node and attempts = :attempts
                """).param("next", next == null ? null : Timestamp.from(next))
                .param("error", truncate(error)).param("failed", failedAt == null ? null : Timestamp.from(failedAt))
                .param("id", id).param("node", node).param("attempts", attempts).update() > 0;
    }

    /** Gives back what {@code node} holds (when it stops), due at once; the unfinished attempt is not counted. */
    int release(String node, Instant now) {
        return jdbc.sql("""
                update outbox set next_attempt_at = :now, claimed_by = null, attempts = attempts - 1
                where claimed_by = :node and delivered_at is null
                """).param("now", Timestamp.from(now)).param("node", node).update();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + ROW_COLUMNS + " from outbox where id = :id and delivered_at is null")
                .param("id", id).query(OutboxStore::row).optional();
    }

    private static final String ROW_COLUMNS = COLUMNS + ", next_attempt_at, claimed_by, last_error, failed_at";

    /** Undelivered rows, oldest first; only the failed ones with {@code failedOnly}. */
    List<Row> undelivered(boolean failedOnly, int limit, long offset) {
        return jdbc.sql("select " + ROW_COLUMNS + " from outbox where delivered_at is null"
                        + (failedOnly ? " and failed_at is not null" : "")
                        + " order by created_at, id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(OutboxStore::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getInt(6), instant(rs.getTimestamp(7)), rs.getString(8),
                rs.getString(9), instant(rs.getTimestamp(10)));
    }

    Summary summary() {
        return jdbc.sql("""
                select count(*), count(failed_at), min(created_at) from outbox where delivered_at is null
                """).query((rs, n) -> new Summary(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)))).single();
    }

    /**
     * Makes an undelivered row due now with a fresh count of attempts, unless a claim holds it
     * (being delivered). Answers whether it did.
     */
    boolean resend(long id, Instant now) {
        return jdbc.sql("""
                update outbox set next_attempt_at = :now, attempts = 0, failed_at = null, claimed_by = null
                where id = :id and delivered_at is null and (claimed_by is null or next_attempt_at <= :now)
                """).param("now", Timestamp.from(now)).param("id", id).update() > 0;
    }

    /** {@link #resend} for every failed row; answers how many. */
    int resendFailed(Instant now) {
        return jdbc.sql("""
                update outbox set next_attempt_at = :now, attempts = 0, failed_at = null, claimed_by = null
                where failed_at is not null and delivered_at is null
                """).param("now", Timestamp.from(now)).update();
    }

    /** Deletes delivered rows older than {@code before}. */
    int deleteDelivered(Instant before) {
        return jdbc.sql("delete from outbox where delivered_at < :before").param("before", Timestamp.from(before))
                .update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
