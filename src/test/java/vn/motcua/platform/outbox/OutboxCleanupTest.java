package vn.motcua.platform.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With a retention, delivered outbox rows are kept for it and then deleted; undelivered ones never are. */
@IntegrationTest
class OutboxCleanupTest {

    @Autowired
    OutboxCleanup cleanup;
    @Autowired
    JdbcClient jdbc;

    /** A row of a consumer no node has (never claimed), delivered at {@code deliveredAt} (null: not delivered). */
    private long row(Instant createdAt, Instant deliveredAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into outbox (event_type, consumer, payload, created_at, next_attempt_at, attempts, delivered_at)
                values ('test.Event', 'test.no-such-consumer', '{}', :created, :next, 1, :delivered)
                """).param("created", Timestamp.from(createdAt))
                .param("next", deliveredAt == null ? Timestamp.from(createdAt) : null)
                .param("delivered", deliveredAt == null ? null : Timestamp.from(deliveredAt)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from outbox where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    @Test
    void deliveredRowsOlderThanTheRetentionAreDeletedRecentOnesAndUndeliveredOnesKept() {
        Instant now = Instant.now();
        long old = row(now.minus(30, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS));
        long recent = row(now.minus(2, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
        long undelivered = row(now.minus(30, ChronoUnit.DAYS), null);
        assertThat(cleanup.deleteDelivered(Duration.ofDays(7))).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(undelivered)).isTrue();
        jdbc.sql("delete from outbox where id in (:ids)").param("ids", java.util.List.of(recent, undelivered)).update();
    }
}
