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
 * in transactions that hand each event to its consumer in a savepoint of its own and delete the
 * delivered rows on the condition that their claims are still this node's — so the consumers' own
 * writes and the recording of their delivery commit together, quick deliveries share a commit, and a
 * failing consumer undoes its own writes only. While a lease holds no other node takes the row; if
 * the node dies, its claims are due again when their lease ends and any live node takes them.
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
        nudge();
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
        deliverClaimed(node, claimed, now, known);
        return claimed.size();
    }

    /** Delivers rows {@code node} claimed at {@code claimedAt}. */
    void deliverClaimed(String node, List<OutboxStore.Claim> claimed, Instant claimedAt) {
        deliverClaimed(node, claimed, claimedAt, consumers);
    }

    private void deliverClaimed(String node, List<OutboxStore.Claim> claimed, Instant claimedAt,
            OutboxConsumers known) {
        Instant stopBy = claimedAt.plus(settings.lease().dividedBy(2));
        List<OutboxStore.Claim> rest = claimed;
        while (!rest.isEmpty()) {
            if (clock.instant().isAfter(stopBy)) {
                // Half the lease is gone: give the rest back rather than deliver it near the lease's end.
                List<OutboxStore.Claim> left = rest;
                tx.executeWithoutResult(s -> store.giveBack(node, left, clock.instant()));
                break;
            }
            List<OutboxStore.Claim> chunk = rest;
            int reached;
            try {
                Delivered d = tx.execute(s -> deliver(node, chunk, known, true));
                d.consumers().forEach(metrics::delivered);
                reached = d.reached();
            } catch (RuntimeException chunkFailure) {
                // The transaction failed as a whole (a claim taken over meanwhile, its commit, a consumer
                // that left it unusable): deliver its rows one by one, so that only the culprit fails.
                log.info("Outbox: a delivering transaction of {} rows rolled back, delivering them one by one: {}",
                        chunk.size(), chunkFailure.toString());
                for (OutboxStore.Claim c : chunk) {
                    try {
                        tx.execute(s -> deliver(node, List.of(c), known, false)).consumers()
                                .forEach(metrics::delivered);
                    } catch (ClaimLost lost) {
                        // another node holds it now: its delivery counts, ours was rolled back
                    } catch (RuntimeException e) {
                        tx.executeWithoutResult(s -> failure(node, c, e));
                    }
                }
                reached = chunk.size();
            }
            rest = rest.subList(reached, rest.size());
        }
    }

    /** What one delivering transaction did: how far into its rows it got, and whose rows it delivered. */
    private record Delivered(int reached, List<String> consumers) {
    }

    /**
     * In a delivering transaction: hands each event the node still holds to its consumer in a savepoint
     * of its own (a failure rolls back that consumer's writes only, and is recorded), then records the
     * deliveries — on the condition that every claim is still this node's (same node and attempt). If
     * one was taken over meanwhile (the node outlived its lease), {@link ClaimLost} rolls the whole
     * transaction back, so that only the new holder's delivery takes effect.
     * <p>
     * No row is locked before the consumers ran: a transaction gets its PostgreSQL transaction id at
     * its first write, and while one is open PostgreSQL cannot prune the dossier row versions the
     * requests leave meanwhile. With {@code timed} the transaction takes no further row once it has
     * lasted {@code transaction-time}: a slow delivery (a PDF) ends its transaction, quick ones share
     * one. The rows after stay claimed for the next transaction.
     */
    private Delivered deliver(String node, List<OutboxStore.Claim> claimed, OutboxConsumers known, boolean timed) {
        long deadline = System.nanoTime() + settings.transactionTime().toNanos();
        Map<Long, Integer> held = store.held(node, claimed.stream().map(OutboxStore.Claim::id).toList());
        List<OutboxStore.Claim> delivered = new ArrayList<>(claimed.size());
        int reached = 0;
        for (OutboxStore.Claim c : claimed) {
            if (timed && reached > 0 && System.nanoTime() > deadline) {
                break;
            }
            reached++;
            Integer attempts = held.get(c.id());
            OutboxConsumers.Registered consumer = known.named(c.consumer());
            if (attempts == null || attempts != c.attempts() || consumer == null) {
                continue; // taken over by another node after our lease ended, or resent meanwhile
            }
            try {
                savepoint.executeWithoutResult(s -> accept(consumer, c));
                delivered.add(c);
            } catch (RuntimeException e) {
                failure(node, c, e);
            }
        }
        if (store.delivered(node, delivered, clock.instant(), !settings.retention().isZero()) != delivered.size()) {
            throw new ClaimLost();
        }
        return new Delivered(reached, delivered.stream().map(OutboxStore.Claim::consumer).toList());
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

    /**
     * One delivering thread. Only the first polls the table every {@code poll-interval} (work published
     * on other nodes, retries coming due); the others wait for a wake-up — a local commit, or a thread
     * that claimed a full batch and so found a backlog — and otherwise look only once a minute.
     */
    private void loop(int index) {
        long idle = index == 0 ? settings.pollInterval().toMillis()
                : Math.max(settings.pollInterval().toMillis(), Duration.ofMinutes(1).toMillis());
        while (running) {
            try {
                boolean woken = signal.tryAcquire(idle, TimeUnit.MILLISECONDS);
                if (!running) {
                    return;
                }
                if (woken && !settings.linger().isZero()) {
                    Thread.sleep(settings.linger().toMillis()); // gather the commits of the next moment in one batch
                }
                while (running && deliverBatch(nodeId) >= settings.batchSize()) {
                    nudge(); // a full batch: there is a backlog, let another thread help
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

    /** Wakes one waiting thread (at most as many wake-ups pending as there are threads). */
    private void nudge() {
        if (signal.availablePermits() < Math.max(1, settings.threads())) {
            signal.release();
        }
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.threads(); i++) {
            int index = i;
            Thread t = new Thread(() -> loop(index), "motcua-outbox-" + (i + 1));
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

    /** A claim was taken over while its delivery ran: the delivering transaction must not commit. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("a claim was taken over by another node while it was being delivered", null, false, false);
        }
    }

    /** A checked exception of a consumer, carried through the transaction template. */
    private static final class ConsumerFailed extends RuntimeException {
        ConsumerFailed(Exception cause) {
            super(cause);
        }
    }
}
