package vn.motcua.platform.audit;

import java.time.Instant;

/** One recorded change: who, when, from where, what. */
public record AuditEntry(long id, Instant occurredAt, String actor, String remoteAddress, String action,
        String entityType, String entityId, String summary, String changes) {
}
