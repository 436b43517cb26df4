package vn.motcua.platform.outbox;

/**
 * A consumer of an integration event, delivered through the outbox: declare it as a bean and every
 * event of type {@code T} (or a subtype) published with {@code ApplicationEventPublisher.publishEvent}
 * inside a transaction is stored with that transaction and handed to {@link #accept} once it has
 * committed, on whichever node claims it.
 * <p>
 * Delivery is <b>at least once</b>: a consumer may see the same event again (a node that died after
 * delivering and before recording it, an operator's resend), so it must be idempotent, for example
 * by keying what it writes on the event's own identity. {@link #accept} runs inside the delivering
 * transaction, in a savepoint of its own: what it writes to the database commits together with the
 * outbox recording the delivery, and is rolled back to the savepoint when it throws (transaction
 * synchronizations of the consumer then do not see a rollback: the batch's transaction goes on). An
 * exception is a failed attempt, retried with growing backoff; it never blocks other events or other
 * consumers.
 *
 * @param <T> the event type, resolved from the implementing class
 */
public interface OutboxConsumer<T> {

    /**
     * A stable name (at most 100 characters), stored with each pending delivery: renaming a consumer
     * abandons what is pending for the old name.
     */
    String name();

    void accept(T event) throws Exception;
}
