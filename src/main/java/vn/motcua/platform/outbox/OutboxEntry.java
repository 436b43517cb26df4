package vn.motcua.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * A delivery not done yet, as operators see it: the event (its type, and the dossier code its
 * payload names, if any), the consumer, where it stands, its attempts and its last error.
 */
public record OutboxEntry(long id, String eventType, String event, String dossierCode, String consumer, State state,
        int attempts, Instant createdAt, Instant nextAttemptAt, String claimedBy, String lastError, Instant failedAt,
        long ageSeconds) {

    public enum State {
        /** waiting for its first attempt */
        PENDING,
        /** a node holds it under a lease and is delivering it */
        DELIVERING,
        /** the lease of the node that held it has ended: the next claimer takes it over */
        LEASE_EXPIRED,
        /** failed, waiting for its next attempt */
        RETRYING,
        /** failed {@code max-attempts} times: waits for an operator's resend */
        FAILED
    }

    /** The age as a message key and its two numbers (days and hours, hours and minutes, or minutes and seconds). */
    public Object[] age() {
        Duration d = Duration.ofSeconds(ageSeconds);
        if (d.toDays() > 0) {
            return new Object[] { "outbox.age.days", d.toDays(), d.toHoursPart() };
        }
        if (d.toHours() > 0) {
            return new Object[] { "outbox.age.hours", d.toHours(), d.toMinutesPart() };
        }
        return new Object[] { "outbox.age.minutes", d.toMinutes(), d.toSecondsPart() };
    }
}
