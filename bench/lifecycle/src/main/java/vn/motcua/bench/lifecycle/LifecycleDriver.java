package vn.motcua.bench.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IntakeCommand;
import vn.motcua.dossier.intake.IntakeService;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.processing.Transitions;
import vn.motcua.platform.outbox.OutboxConsumer;
import vn.motcua.platform.security.Actor;

/**
 * Drives complete dossier lifecycles through the application's services on PostgreSQL, from N
 * threads: intake at the counter with the decision RECEIVE (one transaction: SUBMIT + RECEIVE),
 * FORWARD, FORWARD, RESOLVE (APPROVED), RETURN_RESULT, each action one transaction. Reports
 * lifecycles/s, state changes/s, latency per action, statements and commits per action, and bytes
 * on disk per lifecycle. See bench/README.md.
 */
public final class LifecycleDriver {

    static final String[] ACTIONS = { "INTAKE (SUBMIT+RECEIVE)", "FORWARD", "FORWARD", "RESOLVE", "RETURN_RESULT" };

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        configure(o);
        SpringApplication app = new SpringApplication(MotcuaApplication.class);
        if (o.countStatements) {
            app.addInitializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new StatementCounter()));
        }
        if (o.outboxListener) {
            app.addInitializers(ctx -> ((GenericApplicationContext) ctx).registerBean(OutboxProbe.class));
        }
        int status = 0;
        try (ConfigurableApplicationContext ctx = app.run()) {
            new LifecycleDriver(ctx, o).run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** The application reads these names in application.yml; system properties win over the environment. */
    private static void configure(Options o) {
        String url = env("MOTCUA_DB_URL", "jdbc:postgresql://127.0.0.1:5432/motcua_bench");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("MOTCUA_DB_URL must name a PostgreSQL database: " + url);
        }
        System.setProperty("MOTCUA_DB_URL", url);
        System.setProperty("MOTCUA_DB_USER", env("MOTCUA_DB_USER", "postgres"));
        System.setProperty("MOTCUA_DB_PASSWORD", env("MOTCUA_DB_PASSWORD", ""));
        System.setProperty("MOTCUA_DB_POOL_SIZE", env("MOTCUA_DB_POOL_SIZE", Integer.toString(Math.max(10, o.threads + 2))));
        System.setProperty("MOTCUA_ADMIN_PASSWORD", env("MOTCUA_ADMIN_PASSWORD", "Bench@Lifecycle-2026"));
        System.setProperty("MOTCUA_DEMO", "false");
        System.setProperty("server.port", "0");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /**
     * A second outbox consumer of DossierChanged (the forms module's is the first): one more outbox row
     * per action, delivered and deleted by the outbox.
     */
    public static class OutboxProbe implements OutboxConsumer<DossierChanged> {
        static final AtomicLong RECEIVED = new AtomicLong();

        @Override
        public String name() {
            return "bench.probe";
        }

        @Override
        public void accept(DossierChanged event) {
            RECEIVED.incrementAndGet();
        }
    }

    private final ConfigurableApplicationContext ctx;
    private final Options o;
    private final IntakeService intake;
    private final Transitions transitions;
    private final JdbcClient jdbc;

    private volatile boolean measuring;
    private volatile boolean stop;
    private final AtomicLong tickets = new AtomicLong(Long.MAX_VALUE);

    LifecycleDriver(ConfigurableApplicationContext ctx, Options o) {
        this.ctx = ctx;
        this.o = o;
        this.intake = ctx.getBean(IntakeService.class);
        this.transitions = ctx.getBean(Transitions.class);
        this.jdbc = ctx.getBean(JdbcClient.class);
    }

    void run() throws Exception {
        BenchSetup setup = new BenchSetup(ctx);
        List<BenchSetup.Actors> agencies = setup.prepare(o.agencies);
        String db = jdbc.sql("select current_database()").query(String.class).single();
        String pg = jdbc.sql("select current_setting('server_version')").query(String.class).single();
        long dossiersBefore = count();
        long lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from dossier").query(Long.class).single();
        Map<String, Long> before = setup.sizes();
        String walBefore = jdbc.sql("select cast(pg_current_wal_lsn() as text)").query(String.class).single();
        System.out.printf(Locale.ROOT, "lifecycle driver: database %s (PostgreSQL %s), %d threads, %d agenc%s, warm-up %d s, %s%s%n",
                db, pg, o.threads, o.agencies, o.agencies == 1 ? "y" : "ies", o.warmupSeconds,
                o.lifecycles > 0 ? o.lifecycles + " lifecycles" : o.seconds + " s measured",
                o.outboxListener ? ", with an outbox listener" : "");

        long allStatements0 = StatementCounter.ALL_STATEMENTS.sum(), allCommits0 = StatementCounter.ALL_COMMITS.sum();
        long allCpu0 = Meters.processCpuNanos();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < o.threads; i++) {
            Worker w = new Worker(i, agencies.get(i % agencies.size()));
            workers.add(w);
            w.thread.start();
        }
        Thread.sleep(o.warmupSeconds * 1000L);
        if (o.lifecycles > 0) {
            tickets.set(o.lifecycles);
        }
        long[] machine0 = Meters.machineTicks();
        long cpu0 = Meters.processCpuNanos();
        long windowStart = System.nanoTime();
        measuring = true;
        long windowEnd;
        if (o.lifecycles > 0) {
            for (Worker w : workers) {
                w.thread.join();
            }
            windowEnd = System.nanoTime();
            measuring = false;
        } else {
            Thread.sleep(o.seconds * 1000L);
            measuring = false;
            windowEnd = System.nanoTime();
        }
        long cpu = Meters.processCpuNanos() - cpu0;
        long[] machine1 = Meters.machineTicks();
        if (o.lifecycles <= 0) {
            stop = true;
            for (Worker w : workers) {
                w.thread.join();
            }
        }
        double window = (windowEnd - windowStart) / 1e9;
        double machineBusy = machine0 == null || machine1 == null || machine1[1] == machine0[1] ? -1
                : 100.0 * (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]);

        // The outbox: what was not delivered yet when the last lifecycle ended, then wait until it is.
        List<String> tables = setup.tables();
        boolean ownOutbox = tables.contains("outbox");
        long backlogAtEnd = backlog(ownOutbox);
        long drain0 = System.nanoTime();
        long backlogLeft = backlogAtEnd;
        while (backlogLeft > 0 && System.nanoTime() - drain0 < 300_000_000_000L) {
            Thread.sleep(100);
            backlogLeft = backlog(ownOutbox);
        }
        double drainSeconds = (System.nanoTime() - drain0) / 1e9;
        // From the receipt's commit to its Mẫu 01 issued (the forms module's consumer of the outbox).
        double[] receipt = jdbc.sql("""
                select count(*),
                       percentile_cont(0.5) within group (order by extract(epoch from g.created_at - d.received_at)),
                       percentile_cont(0.99) within group (order by extract(epoch from g.created_at - d.received_at)),
                       max(extract(epoch from g.created_at - d.received_at))
                from dossier d join generated_form g on g.dossier_code = d.code and g.form_number = '01'
                where d.id > :last
                """).param("last", lastIdBefore).query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2),
                        rs.getDouble(3), rs.getDouble(4) }).single();
        long allStatements = StatementCounter.ALL_STATEMENTS.sum() - allStatements0;
        long allCommits = StatementCounter.ALL_COMMITS.sum() - allCommits0;
        long allCpu = Meters.processCpuNanos() - allCpu0;

        // Sizes: right after the outbox is delivered, after a plain VACUUM, and optionally after VACUUM FULL.
        Thread.sleep(200);
        String walAfter = jdbc.sql("select cast(pg_current_wal_lsn() as text)").query(String.class).single();
        long wal = jdbc.sql("select cast(pg_wal_lsn_diff(cast(:a as pg_lsn), cast(:b as pg_lsn)) as bigint)")
                .param("a", walAfter).param("b", walBefore).query(Long.class).single();
        Map<String, Long> after = setup.sizes();
        long written = count() - dossiersBefore;
        for (String t : tables) {
            jdbc.sql("vacuum " + t).update();
        }
        Map<String, Long> vacuumed = setup.sizes();
        Map<String, Long> full = null;
        long totalDossiers = count();
        if (o.vacuumFull) {
            for (String t : tables) {
                jdbc.sql("vacuum full " + t).update();
            }
            full = setup.sizes();
        }
        long eventRows = jdbc.sql(ownOutbox ? "select count(*) from outbox" : "select count(*) from event_publication")
                .query(Long.class).single();

        // Merge the workers' figures.
        long measured = 0, total = 0, failed = 0;
        long[][] lat = new long[ACTIONS.length][];
        long[] stmts = new long[ACTIONS.length], commits = new long[ACTIONS.length], calls = new long[ACTIONS.length];
        for (int a = 0; a < ACTIONS.length; a++) {
            int n = 0;
            for (Worker w : workers) {
                n += w.sizes[a];
            }
            lat[a] = new long[n];
            int at = 0;
            for (Worker w : workers) {
                System.arraycopy(w.latencies[a], 0, lat[a], at, w.sizes[a]);
                at += w.sizes[a];
                stmts[a] += w.statements[a];
                commits[a] += w.commits[a];
                calls[a] += w.calls[a];
            }
            Arrays.sort(lat[a]);
        }
        List<String> errors = new ArrayList<>();
        for (Worker w : workers) {
            measured += w.measured;
            total += w.total;
            failed += w.failed;
            if (w.firstError != null && errors.size() < 5) {
                errors.add(w.firstError);
            }
        }
        double lifecyclesPerSecond = measured / window;
        double actionsPerSecond = lifecyclesPerSecond * ACTIONS.length;
        double eventsPerSecond = lifecyclesPerSecond * (ACTIONS.length + 1);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%-26s %10s %9s %9s %9s %9s %9s %8s %8s%n", "action", "count",
                "mean ms", "p50 ms", "p90 ms", "p99 ms", "max ms", "stmts", "commits"));
        for (int a = 0; a < ACTIONS.length; a++) {
            long[] l = lat[a];
            out.append(String.format(Locale.ROOT, "%-26s %10d %9.2f %9.2f %9.2f %9.2f %9.2f %8.1f %8.1f%n",
                    ACTIONS[a], l.length, Meters.mean(l) / 1e6, Meters.pct(l, 50) / 1e6, Meters.pct(l, 90) / 1e6,
                    Meters.pct(l, 99) / 1e6,
                    l.length == 0 ? 0 : l[l.length - 1] / 1e6, calls[a] == 0 ? 0 : (double) stmts[a] / calls[a],
                    calls[a] == 0 ? 0 : (double) commits[a] / calls[a]));
        }
        out.append(String.format(Locale.ROOT, "%nmeasured window           %.1f s (after %d s of warm-up)%n", window,
                o.warmupSeconds));
        out.append(String.format(Locale.ROOT, "complete lifecycles       %d in the window (%d in all, %d failed)%n",
                measured, total, failed));
        out.append(String.format(Locale.ROOT, "lifecycles/s              %.1f%n", lifecyclesPerSecond));
        out.append(String.format(Locale.ROOT,
                "state changes/s           %.1f  (5 per lifecycle: one per action = one transaction; the intake's"
                        + " SUBMIT+RECEIVE counted once)%n", actionsPerSecond));
        out.append(String.format(Locale.ROOT, "history events/s          %.1f  (6 per lifecycle)%n", eventsPerSecond));
        if (o.pgbenchTps > 0) {
            out.append(String.format(Locale.ROOT, "pgbench TPC-B tps         %.1f  -> ratio state changes/s : tps = %.2f"
                    + " (target >= 0.80)%n", o.pgbenchTps, actionsPerSecond / o.pgbenchTps));
        }
        out.append(String.format(Locale.ROOT, "%n%-24s %12s %12s %12s %12s%n", "table", "grown B", "after VACUUM",
                "B/lifecycle", "VACUUM FULL"));
        long grown = 0, grownVacuumed = 0, fullTotal = 0;
        for (String t : tables) {
            long g = after.get(t) - before.get(t), v = vacuumed.get(t) - before.get(t);
            grown += g;
            grownVacuumed += v;
            if (full != null) {
                fullTotal += full.get(t);
            }
            out.append(String.format(Locale.ROOT, "%-24s %12d %12d %12.0f %12s%n", t, g, v,
                    written == 0 ? 0 : (double) v / written, full == null ? "-" : Long.toString(full.get(t))));
        }
        double bytesPerLifecycle = written == 0 ? 0 : (double) grownVacuumed / written;
        out.append(String.format(Locale.ROOT, "%-24s %12d %12d %12.0f %12s%n", "total", grown, grownVacuumed,
                bytesPerLifecycle, full == null ? "-" : Long.toString(fullTotal)));
        out.append(String.format(Locale.ROOT,
                "bytes on disk/lifecycle   %.0f grown over the run (%d dossiers written), %.0f right after the run"
                        + " before VACUUM%n", bytesPerLifecycle, written, written == 0 ? 0 : (double) grown / written));
        Double compact = null;
        if (full != null && totalDossiers > 0) {
            compact = (double) fullTotal / totalDossiers;
            out.append(String.format(Locale.ROOT, "                          %.0f compacted (VACUUM FULL, all %d dossiers"
                    + " in the database)%n", compact, totalDossiers));
        }
        out.append(String.format(Locale.ROOT, "WAL/lifecycle             %.0f B (whole cluster: includes other"
                + " databases' activity)%n", written == 0 ? 0 : (double) wal / written));
        out.append(String.format(Locale.ROOT, "outbox                    %s: %d undelivered when the last lifecycle ended,"
                + " %d left after %.1f s of waiting for the delivery; %d rows kept%s%n",
                ownOutbox ? "outbox table" : "event_publication (Spring Modulith)", backlogAtEnd, backlogLeft,
                drainSeconds, eventRows, o.outboxListener ? " (bench consumer called " + OutboxProbe.RECEIVED.get()
                        + " times)" : ""));
        out.append(String.format(Locale.ROOT, "receipts (Mẫu 01)         %.0f issued; from the intake's commit: p50 %.2f s,"
                + " p99 %.2f s, max %.2f s%n", receipt[0], receipt[1], receipt[2], receipt[3]));
        out.append(String.format(Locale.ROOT, "all threads               %.1f statements and %.1f commits per lifecycle"
                + " and %.2f ms of JVM CPU (requests, outbox delivery and jobs, from the warm-up to the end of the"
                + " delivery)%n", total == 0 ? 0 : (double) allStatements / total,
                total == 0 ? 0 : (double) allCommits / total, total == 0 ? 0 : allCpu / 1e6 / total));
        out.append(String.format(Locale.ROOT, "CPU                       JVM %.2f ms per lifecycle (%.0f %% of one core);"
                + " machine %.0f %% busy over %d cores (PostgreSQL and everything else on the machine too)%n",
                measured == 0 ? 0 : cpu / 1e6 / measured, 100.0 * cpu / 1e9 / window, machineBusy,
                Runtime.getRuntime().availableProcessors()));
        errors.forEach(e -> out.append("error: ").append(e).append('\n'));
        System.out.print(out);

        // JSON
        StringBuilder j = new StringBuilder("{\n");
        j.append(String.format(Locale.ROOT, "  \"timestamp\": \"%s\",%n", Instant.now()));
        j.append(String.format(Locale.ROOT, "  \"database\": \"%s\", \"postgres\": \"%s\",%n", db, pg));
        j.append(String.format(Locale.ROOT, "  \"threads\": %d, \"warmupSeconds\": %d, \"windowSeconds\": %.3f,"
                + " \"outboxListener\": %b, \"requestIds\": %b, \"agencies\": %d, \"cores\": %d,%n", o.threads, o.warmupSeconds, window,
                o.outboxListener, o.requestIds, o.agencies,
                Runtime.getRuntime().availableProcessors()));
        j.append(String.format(Locale.ROOT, "  \"lifecycles\": %d, \"lifecyclesAll\": %d, \"failed\": %d,%n",
                measured, total, failed));
        j.append(String.format(Locale.ROOT, "  \"lifecyclesPerSecond\": %.2f, \"stateChangesPerSecond\": %.2f,"
                + " \"historyEventsPerSecond\": %.2f,%n", lifecyclesPerSecond, actionsPerSecond, eventsPerSecond));
        if (o.pgbenchTps > 0) {
            j.append(String.format(Locale.ROOT, "  \"pgbenchTps\": %.2f, \"ratio\": %.4f,%n", o.pgbenchTps,
                    actionsPerSecond / o.pgbenchTps));
        }
        j.append(String.format(Locale.ROOT, "  \"jvmCpuMsPerLifecycle\": %.3f, \"machineBusyPercent\": %.1f,%n",
                measured == 0 ? 0 : cpu / 1e6 / measured, machineBusy));
        j.append("  \"actions\": [\n");
        for (int a = 0; a < ACTIONS.length; a++) {
            long[] l = lat[a];
            j.append(String.format(Locale.ROOT, "    {\"action\": \"%s\", \"step\": %d, \"count\": %d, \"meanMs\": %.3f,"
                    + " \"p50Ms\": %.3f, \"p90Ms\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f, \"statements\": %.2f,"
                    + " \"commits\": %.2f}%s%n", ACTIONS[a], a, l.length, Meters.mean(l) / 1e6, Meters.pct(l, 50) / 1e6,
                    Meters.pct(l, 90) / 1e6, Meters.pct(l, 99) / 1e6, l.length == 0 ? 0 : l[l.length - 1] / 1e6,
                    calls[a] == 0 ? 0 : (double) stmts[a] / calls[a], calls[a] == 0 ? 0 : (double) commits[a] / calls[a],
                    a == ACTIONS.length - 1 ? "" : ","));
        }
        j.append("  ],\n  \"disk\": {\"dossiersWritten\": ").append(written).append(", \"tables\": {");
        int i = 0;
        for (String t : tables) {
            j.append(i++ == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "\"%s\": {\"before\": %d, \"after\": %d, \"afterVacuum\": %d%s}", t, before.get(t), after.get(t),
                    vacuumed.get(t), full == null ? "" : ", \"afterVacuumFull\": " + full.get(t)));
        }
        j.append(String.format(Locale.ROOT, "},%n    \"bytesPerLifecycle\": %.1f, \"bytesPerLifecycleBeforeVacuum\": %.1f,"
                + " \"bytesPerDossierCompacted\": %s, \"walBytesPerLifecycle\": %.1f, \"outboxRows\": %d},%n",
                bytesPerLifecycle, written == 0 ? 0 : (double) grown / written,
                compact == null ? "null" : String.format(Locale.ROOT, "%.1f", compact),
                written == 0 ? 0 : (double) wal / written, eventRows));
        j.append(String.format(Locale.ROOT, "  \"outbox\": {\"table\": \"%s\", \"backlogAtEnd\": %d, \"backlogLeft\": %d,"
                + " \"drainSeconds\": %.2f, \"receipts\": %.0f, \"receiptP50Seconds\": %.3f,"
                + " \"receiptP99Seconds\": %.3f, \"receiptMaxSeconds\": %.3f},%n  \"allThreads\": {\"statementsPerLifecycle\": %.2f,"
                + " \"commitsPerLifecycle\": %.2f, \"jvmCpuMsPerLifecycle\": %.3f}%n", ownOutbox ? "outbox" : "event_publication", backlogAtEnd,
                backlogLeft, drainSeconds, receipt[0], receipt[1], receipt[2], receipt[3],
                total == 0 ? 0 : (double) allStatements / total,
                total == 0 ? 0 : (double) allCommits / total, total == 0 ? 0 : allCpu / 1e6 / total));
        j.append("}\n");
        Path dir = Path.of(o.resultsDir);
        Files.createDirectories(dir);
        Path file = dir.resolve("lifecycle-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(Instant.now().atZone(ZoneOffset.UTC)) + ".json");
        Files.writeString(file, j, StandardCharsets.UTF_8);
        System.out.println("results: " + file);
    }



    private long count() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    /** Deliveries not done yet: outbox rows, or the registry's incomplete publications. */
    private long backlog(boolean ownOutbox) {
        return jdbc.sql(ownOutbox ? "select count(*) from outbox where delivered_at is null"
                : "select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }



    /** One thread doing complete lifecycles; its figures are merged at the end (no sharing on the way). */
    private final class Worker implements Runnable {
        final Thread thread;
        final int index;
        final BenchSetup.Actors actors;
        final long[][] latencies = new long[ACTIONS.length][1 << 14];
        final int[] sizes = new int[ACTIONS.length];
        final long[] statements = new long[ACTIONS.length], commits = new long[ACTIONS.length],
                calls = new long[ACTIONS.length];
        long measured, total, failed, serial;
        String firstError;

        Worker(int index, BenchSetup.Actors actors) {
            this.index = index;
            this.actors = actors;
            this.thread = new Thread(this, "lifecycle-" + index);
        }

        @Override
        public void run() {
            while (!stop) {
                if (measuring && o.lifecycles > 0 && tickets.getAndDecrement() <= 0) {
                    return;
                }
                try {
                    lifecycle();
                    total++;
                    if (measuring) {
                        measured++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    if (firstError == null) {
                        firstError = e.toString();
                        e.printStackTrace();
                    }
                }
            }
        }

        private void lifecycle() {
            serial++;
            // A different 12-digit citizen id per dossier (the applicant index sees distinct values).
            String id = String.format("%03d%09d", 100 + index, serial % 1_000_000_000L);
            IntakeCommand command = new IntakeCommand(actors.procedure(), null, Channel.DIRECT, Delivery.COUNTER,
                    new Applicant(Applicant.Kind.CITIZEN, "Nguyễn Thị Lan", id, null, "0912345678", null,
                            "Số 1 Phố Hiến, phường Hiến Nam, Hưng Yên", null), null, null,
                    List.of(new IntakeCommand.SubmittedDocument("Tờ khai", null, "to-khai.pdf")),
                    IntakeCommand.Decision.RECEIVE, null, requestId());
            long t0 = System.nanoTime();
            long[] c = StatementCounter.COUNTS.get();
            long s0 = c[0], k0 = c[1];
            Dossier d = intake.receiveAtDesk(actors.reception(), command);
            record(0, t0, s0, k0);
            expect(d, DossierStatus.PROCESSING, 1);
            d = act(1, d.code(), DossierAction.FORWARD, actors.specialist(), null);
            expect(d, DossierStatus.PROCESSING, 2);
            d = act(2, d.code(), DossierAction.FORWARD, actors.clerk(), null);
            expect(d, DossierStatus.PROCESSING, 3);
            d = act(3, d.code(), DossierAction.RESOLVE, actors.leader(), "APPROVED");
            expect(d, DossierStatus.RESOLVED, 4);
            d = act(4, d.code(), DossierAction.RETURN_RESULT, actors.reception(), null);
            expect(d, DossierStatus.RETURNED, null);
        }

        private String requestId() {
            return o.requestIds ? java.util.UUID.randomUUID().toString() : null;
        }

        private Dossier act(int step, String code, DossierAction action, Actor actor, String result) {
            long[] c = StatementCounter.COUNTS.get();
            long s0 = c[0], k0 = c[1];
            long t0 = System.nanoTime();
            Dossier d = transitions.apply(code, action, actor,
                    new ActionInput(requestId(), null, null, null, result, null, null));
            record(step, t0, s0, k0);
            return d;
        }

        private void record(int step, long t0, long s0, long k0) {
            long t = System.nanoTime() - t0;
            long[] c = StatementCounter.COUNTS.get();
            statements[step] += c[0] - s0;
            commits[step] += c[1] - k0;
            calls[step]++;
            if (!measuring) {
                return;
            }
            if (sizes[step] == latencies[step].length) {
                latencies[step] = Arrays.copyOf(latencies[step], sizes[step] * 2);
            }
            latencies[step][sizes[step]++] = t;
        }

        private void expect(Dossier d, DossierStatus status, Integer step) {
            if (d.status() != status || !java.util.Objects.equals(d.step().index(), step)) {
                throw new IllegalStateException("dossier " + d.code() + " is " + d.status() + " at step "
                        + d.step().index() + ", expected " + status + " at step " + step);
            }
        }
    }
}
