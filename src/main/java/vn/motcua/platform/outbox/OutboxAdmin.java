package vn.motcua.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;

/** The operators' side of the outbox: what is not delivered, and the resend. Province-wide administrators only. */
@Service
class OutboxAdmin {

    private final OutboxStore store;
    private final OutboxDelivery delivery;
    private final OutboxMetrics metrics;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    OutboxAdmin(OutboxStore store, OutboxDelivery delivery, OutboxMetrics metrics, AuditLog audit, JsonMapper json,
            Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.metrics = metrics;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    static void require(Actor actor) {
        if (!actor.scopeOf(Role.ADMIN).wholeProvince()) {
            throw ProblemException.forbidden("outbox.forbidden");
        }
    }

    @Transactional(readOnly = true)
    public OutboxOverview overview(Actor actor, boolean failedOnly, PageRequest page) {
        require(actor);
        Instant now = clock.instant();
        OutboxStore.Summary summary = store.summary();
        List<OutboxEntry> items = store.undelivered(failedOnly, page.size(), page.offset()).stream()
                .map(r -> entry(r, now)).toList();
        long total = failedOnly ? summary.failed() : summary.backlog();
        return new OutboxOverview(summary.backlog(), summary.failed(), summary.oldest(),
                summary.oldest() == null ? 0 : Math.max(0, Duration.between(summary.oldest(), now).toSeconds()),
                delivery.nodeId(), new PageResult<>(items, page.page(), page.size(), total));
    }

    /** Makes the delivery due now with a fresh count of attempts (audited); answers it as it is now. */
    @Transactional
    public OutboxEntry resend(Actor actor, long id) {
        require(actor);
        Instant now = clock.instant();
        OutboxStore.Row row = store.find(id).orElseThrow(() -> ProblemException.notFound("outbox.notFound"));
        if (!store.resend(id, now)) {
            throw ProblemException.conflict("outbox.busy");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consumer", row.consumer());
        details.put("eventType", row.eventType());
        details.put("attempts", row.attempts());
        details.put("lastError", row.lastError());
        audit.record("RESEND", "outbox", id, row.consumer() + " " + simpleName(row.eventType())
                + (code(row.payload()) == null ? "" : " " + code(row.payload())), details);
        wakeAfterCommit();
        return entry(store.find(id).orElseThrow(), now);
    }

    /** Resends every delivery that failed for good (audited); answers how many. */
    @Transactional
    public int resendFailed(Actor actor) {
        require(actor);
        int count = store.resendFailed(clock.instant());
        if (count > 0) {
            audit.record("RESEND", "outbox", null, "failed deliveries: " + count, Map.of("count", count));
            wakeAfterCommit();
        }
        return count;
    }

    private void wakeAfterCommit() {
        metrics.refresh();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.wake();
            }
        });
    }

    private OutboxEntry entry(OutboxStore.Row r, Instant now) {
        OutboxEntry.State state;
        if (r.failedAt() != null) {
            state = OutboxEntry.State.FAILED;
        } else if (r.claimedBy() != null) {
            state = r.nextAttemptAt() != null && r.nextAttemptAt().isAfter(now) ? OutboxEntry.State.DELIVERING
                    : OutboxEntry.State.LEASE_EXPIRED;
        } else {
            state = r.attempts() > 0 ? OutboxEntry.State.RETRYING : OutboxEntry.State.PENDING;
        }
        return new OutboxEntry(r.id(), r.eventType(), simpleName(r.eventType()), code(r.payload()), r.consumer(),
                state, r.attempts(), r.createdAt(), r.nextAttemptAt(), r.claimedBy(), r.lastError(), r.failedAt(),
                Math.max(0, Duration.between(r.createdAt(), now).toSeconds()));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** The dossier code a payload names ({@code "code"}), if any. */
    private String code(String payload) {
        try {
            JsonNode code = json.readTree(payload).path("code");
            return code.isString() ? code.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
