package vn.motcua.platform.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.security.CurrentActor;
import vn.motcua.platform.web.ProblemException;

/**
 * Runs a long task (an import started from a page) in the background on this node and keeps its
 * progress and result in the database, so the page's polling may land on any node. A job whose
 * node died stops reporting; after {@link #STALE} without news it counts as failed.
 */
@Service
public class JobRuns implements DisposableBean {

    /** Told how far the job got; cheap to call often (the row is written at most every 500 ms). */
    @FunctionalInterface
    public interface Progress {
        void advanced(int done, int total);
    }

    static final Duration STALE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JobRuns(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Starts {@code work} as the current user; its return value is kept as JSON. Returns the job's id. */
    public String start(String kind, Function<Progress, Object> work) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into job_run (id, kind, started_by, started_at, updated_at, status, done, total)
                values (:id, :kind, :by, :now, :now, 'RUNNING', 0, 0)
                """).param("id", id).param("kind", kind).param("by", CurrentActor.username()).param("now", now)
                .update();
        // The audit log names the user who started the job, so it runs as them.
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> run(id, context, work));
        return id;
    }

    public Optional<JobRun> get(String id) {
        return jdbc.sql("""
                select id, kind, started_at, updated_at, status, done, total, result, failure from job_run where id = :id
                """).param("id", id).query((rs, n) -> {
            JobRun.Status status = JobRun.Status.valueOf(rs.getString("status"));
            Instant updated = rs.getTimestamp("updated_at").toInstant();
            boolean stale = status == JobRun.Status.RUNNING && updated.isBefore(clock.instant().minus(STALE));
            return new JobRun(rs.getString("id"), rs.getString("kind"), rs.getTimestamp("started_at").toInstant(),
                    stale ? JobRun.Status.FAILED : status, rs.getInt("done"), rs.getInt("total"),
                    rs.getString("result"), stale ? "platform.job.interrupted" : rs.getString("failure"));
        }).optional();
    }

    /** The job's result read back into {@code type}, once it succeeded. */
    public <T> Optional<T> result(JobRun run, Class<T> type) {
        return run.resultJson() == null ? Optional.empty() : Optional.of(json.readValue(run.resultJson(), type));
    }

    private void run(String id, SecurityContext context, Function<Progress, Object> work) {
        SecurityContextHolder.setContext(context);
        try {
            long[] lastWrite = { 0 };
            Object result = work.apply((done, total) -> {
                long now = System.nanoTime();
                if (now - lastWrite[0] >= 500_000_000L) {
                    lastWrite[0] = now;
                    update(id, "RUNNING", done, total, null, null);
                }
            });
            String text = json.writeValueAsString(result);
            jdbc.sql("update job_run set status = 'SUCCEEDED', result = :r, updated_at = :now, done = total where id = :id")
                    .param("r", text).param("now", Timestamp.from(clock.instant())).param("id", id).update();
        } catch (ProblemException e) {
            update(id, "FAILED", 0, 0, null, e.messageKey());
        } catch (RuntimeException e) {
            log.error("Background job {} failed", id, e);
            update(id, "FAILED", 0, 0, null, "problem.internal");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void update(String id, String status, int done, int total, String result, String failure) {
        jdbc.sql("""
                update job_run set status = :s, done = :d, total = :t, result = :r, failure = :f, updated_at = :now
                where id = :id
                """).param("s", status).param("d", done).param("t", total).param("r", result).param("f", failure)
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
