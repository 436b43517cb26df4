package vn.motcua.calendar.config;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The counter every change of calendar data bumps; each node reloads its cached calendar when it moves. */
@Component
public class CalendarRevision {

    private final JdbcClient jdbc;

    CalendarRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("select revision from calendar_state where id = 1").query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.sql("update calendar_state set revision = revision + 1 where id = 1").update();
    }

    /**
     * Locks the state row until the end of the transaction and marks the database as seeded: nodes
     * offering the shipped decided days at the same time do it one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockSeeding() {
        jdbc.sql("update calendar_state set seeded = true where id = 1").update();
    }
}
