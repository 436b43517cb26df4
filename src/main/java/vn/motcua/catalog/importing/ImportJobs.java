package vn.motcua.catalog.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.motcua.platform.web.ProblemException;

/**
 * Imports started from the admin page run in the background so the page can poll their progress.
 * Jobs are kept in memory for an hour: the page that started a job polls the same node (sticky
 * session); a restart forgets running jobs, which is acceptable for an administrator's upload.
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    public record Job(String id, Instant startedAt, int done, int total, ImportReport report, String failure) {

        public boolean finished() {
            return report != null || failure != null;
        }

        public int percent() {
            return total == 0 ? (finished() ? 100 : 0) : done * 100 / total;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CatalogImporter importer;
    private final Clock clock;

    ImportJobs(CatalogImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    public String start(byte[] content) {
        jobs.values().removeIf(j -> j.startedAt().isBefore(clock.instant().minus(Duration.ofHours(1))));
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(id, clock.instant(), 0, 0, null, null));
        // The audit log names the administrator who uploaded, so the job runs as them.
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                ImportReport report = importer.importFile(content,
                        (done, total) -> jobs.computeIfPresent(id, (k, j) -> new Job(id, j.startedAt(), done, total,
                                null, null)));
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.startedAt(), report.total(), report.total(), report,
                        null));
            } catch (ProblemException e) {
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.startedAt(), 0, 0, null, e.messageKey()));
            } catch (RuntimeException e) {
                log.error("Catalog import {} failed", id, e);
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.startedAt(), 0, 0, null, "problem.internal"));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return id;
    }

    public Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
