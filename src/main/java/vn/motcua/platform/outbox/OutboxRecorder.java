package vn.motcua.platform.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every event that has an outbox consumer, in the transaction that publishes it
 * ({@code ApplicationEventPublisher.publishEvent}): one row per consumer, written before the
 * publisher's own commit, so a rolled-back change leaves no event and a committed one always has its
 * rows. After the commit the local delivery is woken, so the event leaves within milliseconds rather
 * than at the next poll. Publishing such an event outside a transaction is a programming error.
 */
final class OutboxRecorder implements GenericApplicationListener {

    private final OutboxConsumers consumers;
    private final OutboxStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionSynchronization wakeUp;

    OutboxRecorder(OutboxConsumers consumers, OutboxStore store, JsonMapper json, Clock clock,
            Runnable wake) {
        this.consumers = consumers;
        this.store = store;
        this.json = json;
        this.clock = clock;
        // One instance: registered once per transaction however many events it publishes.
        this.wakeUp = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake.run();
            }
        };
    }

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        if (!PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass())) {
            return false;
        }
        Class<?> payload = eventType.getGeneric(0).resolve();
        return payload == null || !consumers.of(payload).isEmpty();
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        Object payload = ((PayloadApplicationEvent<?>) event).getPayload();
        List<OutboxConsumers.Registered> targets = consumers.of(payload.getClass());
        if (targets.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("An event with outbox consumers (" + payload.getClass().getName()
                    + ") must be published inside a transaction");
        }
        store.insert(payload.getClass().getName(), targets.stream().map(OutboxConsumers.Registered::name).toList(),
                json.writeValueAsString(payload), clock.instant());
        TransactionSynchronizationManager.registerSynchronization(wakeUp);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
