package vn.motcua.platform.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OutboxCleanupTest {

    @Autowired
    OutboxCleanup cleanup;
    @Autowired
    JdbcClient jdbc;

    private UUID publication(Instant completedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (:id, 'test.listener', 'test.Event', '{}', :published, :completed, :status, 1)
                """).param("id", id).param("published", Timestamp.from(completedAt.minusSeconds(1)))
                .param("completed", completedAt == null ? null : Timestamp.from(completedAt))
                .param("status", "COMPLETED").update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    @Test
    void completedEntriesOlderThanTheRetentionAreDeletedRecentOnesKept() {
        UUID old = publication(Instant.now().minus(30, ChronoUnit.DAYS));
        UUID recent = publication(Instant.now().minus(1, ChronoUnit.HOURS));
        cleanup.deleteOld();
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }
}
