package vn.motcua.calendar.config;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys of the shipped decided days already offered to this database ({@code calendar_shipped_day}):
 * each is offered once, so a day an administrator deleted does not come back.
 */
@Repository
class ShippedDayStore {

    private final JdbcClient jdbc;

    ShippedDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> offered() {
        return new HashSet<>(jdbc.sql("select shipped_key from calendar_shipped_day").query(String.class).list());
    }

    void record(Collection<String> keys, Instant now) {
        for (String key : keys) {
            jdbc.sql("insert into calendar_shipped_day (shipped_key, offered_at) values (:key, :now)")
                    .param("key", key).param("now", Timestamp.from(now)).update();
        }
    }
}
