package vn.motcua.bench.flowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * Complete dossier lifecycles on an embedded Flowable 7.1 engine, the figure motcua is measured
 * against (PERFORMANCE.md, issue 13). One lifecycle = start the process (five variables: code,
 * procedure, applicant name with diacritics, agency, due date) and, for each of its four user tasks
 * (receive → appraise → approve → return, one candidate group each), a task query by process
 * instance and candidate group and {@code complete}. History level {@code audit}, async executor off,
 * a Hikari pool of 10, N threads, a warm-up then a measured window. Prints lifecycles/s, state changes
 * per second (start + 4 completes = 5 per lifecycle) and the bytes the engine's tables grew per
 * lifecycle after a plain VACUUM, as bench/lifecycle does for motcua.
 * <p>
 * Usage: {@code java -jar flowable-bench.jar --jdbc-url jdbc:postgresql://127.0.0.1:5432/motcua_flowable
 * --user postgres [--threads 4] [--seconds 30] [--warmup 5]}
 */
public final class FlowableDriver {

    private static final String[][] TASKS = { { "receive", "reception" }, { "appraise", "specialist" },
            { "approve", "leader" }, { "return", "reception" } };

    private FlowableDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(o.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/motcua_flowable"));
        pool.setUsername(o.getOrDefault("user", "postgres"));
        pool.setPassword(o.getOrDefault("password", ""));
        pool.setMaximumPoolSize(10);
        try (HikariDataSource ds = new HikariDataSource(pool)) {
            ProcessEngineConfiguration cfg = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                    .setDataSource(ds)
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                    .setHistory("audit")
                    .setAsyncExecutorActivate(false);
            ProcessEngine engine = cfg.buildProcessEngine();
            engine.getRepositoryService().createDeployment().addClasspathResource("dossier.bpmn20.xml")
                    .name("motcua-bench").deploy();
            run(engine, ds, threads, seconds, warmup);
            engine.close();
        }
    }

    private static void run(ProcessEngine engine, DataSource ds, int threads, int seconds, int warmup)
            throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        LongAdder measured = new LongAdder();
        LongAdder started = new LongAdder();
        AtomicLong failures = new AtomicLong();
        long begin = System.nanoTime();
        long windowStart = begin + warmup * 1_000_000_000L;
        long windowEnd = windowStart + seconds * 1_000_000_000L;
        long sizeBefore = -1;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < windowEnd) {
                    boolean counted = System.nanoTime() >= windowStart;
                    try {
                        lifecycle(runtime, tasks, worker, n++);
                        started.increment();
                        if (counted && System.nanoTime() <= windowEnd) {
                            measured.increment();
                        }
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() <= 3) {
                            e.printStackTrace();
                        }
                    }
                }
            }, "flowable-" + t);
            workers.add(thread);
        }
        long startedBeforeWindow = 0;
        workers.forEach(Thread::start);
        Thread.sleep(Math.max(0, (windowStart - System.nanoTime()) / 1_000_000));
        sizeBefore = size(ds);
        startedBeforeWindow = started.sum();
        for (Thread w : workers) {
            w.join();
        }
        long startedInWindow = started.sum() - startedBeforeWindow;
        long grown = size(ds) - sizeBefore;
        vacuum(ds);
        long vacuumed = size(ds) - sizeBefore;
        double rate = measured.sum() / (double) seconds;
        System.out.println("flowable driver: Flowable 7.1.0 embedded, history audit, async executor off, Hikari 10, "
                + threads + " threads, warm-up " + warmup + " s, " + seconds + " s measured");
        System.out.printf(Locale.ROOT, "complete lifecycles       %d in the window (%d failed)%n", measured.sum(),
                failures.get());
        System.out.printf(Locale.ROOT, "lifecycles/s              %.1f%n", rate);
        System.out.printf(Locale.ROOT, "state changes/s           %.1f  (5 per lifecycle: start + 4 task completions)%n",
                rate * 5);
        System.out.printf(Locale.ROOT, "bytes on disk/lifecycle   %.0f after VACUUM (%.0f before), act_* tables grown over "
                + "%d lifecycles%n", startedInWindow == 0 ? 0 : (double) vacuumed / startedInWindow,
                startedInWindow == 0 ? 0 : (double) grown / startedInWindow, startedInWindow);
    }

    private static void lifecycle(RuntimeService runtime, TaskService tasks, int worker, long n) {
        String code = "FLOW-" + worker + "-" + n + "-" + System.nanoTime();
        Map<String, Object> variables = new HashMap<>();
        variables.put("code", code);
        variables.put("procedure", "1.001234.000.00.00.H17");
        variables.put("applicantName", "Nguyễn Thị Hằng");
        variables.put("agency", "H17.STP");
        variables.put("dueDate", java.util.Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
        ProcessInstance process = runtime.startProcessInstanceByKey("dossier", code, variables);
        for (String[] step : TASKS) {
            Task task = tasks.createTaskQuery().processInstanceId(process.getId()).taskCandidateGroup(step[1])
                    .taskDefinitionKey(step[0]).singleResult();
            if (task == null) {
                throw new IllegalStateException("no task " + step[0] + " for " + code);
            }
            tasks.complete(task.getId());
        }
    }

    /** Total size (tables, indexes, TOAST) of the engine's tables. */
    private static long size(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(sum(pg_total_relation_size(oid)), 0) from pg_class "
                        + "where relkind = 'r' and relname like 'act\\_%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void vacuum(DataSource ds) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select relname from pg_class where relkind = 'r' "
                    + "and relname like 'act\\_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            c.setAutoCommit(true);
            for (String t : tables) {
                s.execute("vacuum " + t);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value: " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
