package vn.motcua.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox on this node: {@code threads} loops, each claiming a batch of due rows (with
 * {@code SKIP LOCKED}, so nodes never wait for one another) under a lease, then delivering the batch
 * in one transaction that first locks the rows it still owns, hands each event to its consumer in a
 * savepoint of its own, and deletes the delivered rows — so the consumers' own writes and the
 * recording of their delivery commit together, one commit per batch, and a failing consumer undoes
 * its own writes only. While that transaction holds a row no other claimer can take
 * it; if the node dies, its claims are due again when their lease ends and any live node takes them.
 * A failed attempt is due again after a growing, jittered backoff, and after {@code max-attempts} it
 * is marked failed and waits for an operator's resend.
 */
final class OutboxDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxStore store;
    private final OutboxConsumers consumers;
    private final OutboxSettings settings;
    private final OutboxMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final String nodeId;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong wakeUps = new AtomicLong();
    private final Map<String, Class<?>> types = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    OutboxDelivery(OutboxStore store, OutboxConsumers consumers, OutboxSettings settings,
            OutboxMetrics metrics, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
            String nodeId) {
        this.store = store;
        this.consumers = consumers;
        this.settings = settings;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.nodeId = nodeId;
    }

    String nodeId() {
        return nodeId;
    }

    /** After a local commit that stored events: the next batch is claimed without waiting for the poll. */
    void wake() {
        wakeUps.incrementAndGet();
        if (signal.availablePermits() < Math.max(1, threads.size())) {
            signal.release();
        }
    }

    /** How many times a commit woke this node's delivery. */
    long wakeUps() {
        return wakeUps.get();
    }

    /**
     * Claims and delivers one batch as {@code node}; answers how many rows it claimed. The loops call
     * it with this node's id; tests call it to play other nodes.
     */
    int deliverBatch(String node) {
        OutboxConsumers known = consumers;
        if (known.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<OutboxStore.Claim> claimed = tx.execute(
                s -> store.claim(node, known.names(), now, now.plus(settings.lease()), settings.batchSize()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        List<OutboxStore.Claim> rest = claimed;
        while (!rest.isEmpty()) {
            List<OutboxStore.Claim> chunk = rest;
            int reached;
            try {
                Delivered d = tx.execute(s -> deliver(node, chunk, known, true));
                d.consumers().forEach(metrics::delivered);
                reached = d.reached();
            } catch (RuntimeException chunkFailure) {
                // The transaction failed as a whole (its commit, or a consumer that left it unusable):
                // deliver its rows one by one, so that only the culprit fails.
                log.warn("Outbox batch of {} failed as a whole, delivering its rows one by one: {}", chunk.size(),
                        chunkFailure.toString());
                for (OutboxStore.Claim c : chunk) {
                    try {
                        tx.execute(s -> deliver(node, List.of(c), known, false)).consumers()
                                .forEach(metrics::delivered);
                    } catch (RuntimeException e) {
                        tx.executeWithoutResult(s -> failure(node, c, e));
                    }
                }
                reached = chunk.size();
            }
            rest = rest.subList(reached, rest.size());
        }
        return claimed.size();
    }

    /** What one delivering transaction did: how far into its rows it got, and whose rows it delivered. */
    private record Delivered(int reached, List<String> consumers) {
    }

    /**
     * In the delivering transaction: locks the rows {@code node} still owns, hands each event to its
     * consumer in a savepoint of its own (a failure rolls back that consumer's writes only, and is
     * recorded), and records the deliveries. With {@code timed}, stops after the row that ends
     * {@code transaction-time}, so that a batch of slow deliveries does not keep one transaction open
     * for long (PostgreSQL cannot prune the row versions other transactions leave meanwhile); the
     * rows after it stay claimed for the next transaction.
     */
    private Delivered deliver(String node, List<OutboxStore.Claim> claimed, OutboxConsumers known, boolean timed) {
        long deadline = System.nanoTime() + settings.transactionTime().toNanos();
        Map<Long, Integer> owned = store.lockOwned(node, claimed.stream().map(OutboxStore.Claim::id).toList());
        List<Long> delivered = new ArrayList<>(claimed.size());
        List<String> names = new ArrayList<>(claimed.size());
        int reached = 0;
        for (OutboxStore.Claim c : claimed) {
            if (timed && reached > 0 && System.nanoTime() > deadline) {
                break;
            }
            reached++;
            Integer attempts = owned.get(c.id());
            OutboxConsumers.Registered consumer = known.named(c.consumer());
            if (attempts == null || attempts != c.attempts() || consumer == null) {
                continue; // taken over by another node after our lease ended, or resent meanwhile
            }
            try {
                savepoint.executeWithoutResult(s -> accept(consumer, c));
                delivered.add(c.id());
                names.add(c.consumer());
            } catch (RuntimeException e) {
                failure(node, c, e);
            }
        }
        store.delivered(delivered, clock.instant(), !settings.retention().isZero());
        return new Delivered(reached, names);
    }

    private void accept(OutboxConsumers.Registered consumer, OutboxStore.Claim c) {
        Object event = json.readValue(c.payload(), type(c.eventType()));
        try {
            consumer.consumer().accept(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ConsumerFailed(e);
        }
    }

    private void failure(String node, OutboxStore.Claim c, RuntimeException e) {
        Throwable cause = e instanceof ConsumerFailed ? e.getCause() : e;
        Instant at = clock.instant();
        boolean gaveUp = c.attempts() >= settings.maxAttempts();
        Duration delay = settings.backoff(c.attempts(), ThreadLocalRandom.current().nextDouble());
        store.failed(c.id(), node, c.attempts(), describe(cause), gaveUp ? null : at.plus(delay), gaveUp ? at : null);
        metrics.failed(c.consumer(), gaveUp);
        if (gaveUp) {
            log.error("Outbox: {} of event {} failed {} times, waiting for an operator's resend: {}", c.consumer(),
                    c.id(), c.attempts(), cause.toString());
        } else {
            log.warn("Outbox: {} of event {} failed (attempt {}), next in {}: {}", c.consumer(), c.id(),
                    c.attempts(), delay, cause.toString());
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != e && text.length() < OutboxStore.MAX_ERROR;
                cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }

    private Class<?> type(String name) {
        return types.computeIfAbsent(name, n -> {
            try {
                return ClassUtils.forName(n, OutboxDelivery.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Unknown event type " + n, e);
            }
        });
    }

    private void loop() {
        while (running) {
            try {
                boolean woken = signal.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (!running) {
                    return;
                }
                if (woken && !settings.linger().isZero()) {
                    Thread.sleep(settings.linger().toMillis()); // gather the commits of the next moment in one batch
                }
                signal.drainPermits();
                while (running && deliverBatch(nodeId) >= settings.batchSize()) {
                    // a full batch: there may be more
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox delivery failed, trying again in {}: {}", settings.pollInterval(), e.toString());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.threads(); i++) {
            Thread t = new Thread(this::loop, "motcua-outbox-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        signal.release(); // what is due since before the start
        log.info("Outbox delivery on node {}: {} thread(s), consumers {}", nodeId, settings.threads(),
                consumers.names());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal.release(threads.size());
        boolean stopped = true;
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped &= !t.isAlive();
        }
        threads.clear();
        if (stopped) {
            try {
                int released = tx.execute(s -> store.release(nodeId, clock.instant()));
                if (released > 0) {
                    log.info("Outbox: {} claim(s) of node {} given back", released, nodeId);
                }
            } catch (RuntimeException e) {
                log.warn("Outbox: claims of node {} not given back (they end with their lease): {}", nodeId,
                        e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server has finished its requests (their events are stored by then). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** A checked exception of a consumer, carried through the transaction template. */
    private static final class ConsumerFailed extends RuntimeException {
        ConsumerFailed(Exception cause) {
            super(cause);
        }
    }
}
