package vn.motcua.platform.outbox;

import java.time.Instant;

import vn.motcua.platform.web.PageResult;

/**
 * What the operators' page and {@code GET /api/v1/outbox} show: the backlog (deliveries not done,
 * every node's), how many of them failed for good, the age of the oldest, this node's id, and one
 * page of the entries, oldest first.
 */
public record OutboxOverview(long backlog, long failed, Instant oldestCreatedAt, long oldestAgeSeconds, String node,
        PageResult<OutboxEntry> entries) {
}
