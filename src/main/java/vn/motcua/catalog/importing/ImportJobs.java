package vn.motcua.catalog.importing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.platform.jobs.JobRun;
import vn.motcua.platform.jobs.JobRuns;

/**
 * Imports started from the admin page run in the background (platform {@link JobRuns}), so the page
 * can poll their progress from any node.
 */
@Component
public class ImportJobs {

    static final String KIND = "catalog-import";

    /** What the import page shows of a job. */
    public record Job(String id, int done, int total, ImportReport report, String failure, boolean finished,
            int percent) {
    }

    private final JobRuns runs;
    private final CatalogImporter importer;

    ImportJobs(JobRuns runs, CatalogImporter importer) {
        this.runs = runs;
        this.importer = importer;
    }

    public String start(byte[] content) {
        return runs.start(KIND, progress -> importer.importFile(content, progress::advanced));
    }

    public Optional<Job> get(String id) {
        return runs.get(id).filter(run -> KIND.equals(run.kind())).map(this::job);
    }

    private Job job(JobRun run) {
        ImportReport report = run.status() == JobRun.Status.SUCCEEDED
                ? runs.result(run, ImportReport.class).orElse(null) : null;
        return new Job(run.id(), run.done(), run.total(), report, run.failure(), run.finished(), run.percent());
    }
}
