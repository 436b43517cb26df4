package vn.motcua.dossier.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.platform.jobs.JobRun;
import vn.motcua.platform.jobs.JobRuns;
import vn.motcua.platform.security.Actor;

/**
 * Imports started from the admin page run in the background (platform {@link JobRuns}), so that the
 * page can poll their progress from any node. The stored result keeps the first errors only.
 */
@Component
class DossierImportJobs {

    static final String KIND = "dossier-import";
    static final int MAX_ERRORS = 1000;

    /** What the page shows of a job. */
    record Job(String id, int done, int total, ImportReport report, String failure, boolean finished, int percent) {
    }

    private final JobRuns runs;
    private final DossierImporter importer;

    DossierImportJobs(JobRuns runs, DossierImporter importer) {
        this.runs = runs;
        this.importer = importer;
    }

    String start(Actor actor, byte[] content, String fileName) {
        int lines = 0;
        for (byte b : content) {
            lines += b == '\n' ? 1 : 0;
        }
        int total = content.length > 0 && content[content.length - 1] != '\n' ? lines + 1 : lines;
        return runs.start(KIND, progress -> importer.importLines(
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)),
                fileName, actor.accountId(), actor.displayName(), total, progress).firstErrors(MAX_ERRORS));
    }

    Optional<Job> get(String id) {
        return runs.get(id).filter(run -> KIND.equals(run.kind())).map(run -> new Job(run.id(), run.done(),
                run.total(), run.status() == JobRun.Status.SUCCEEDED ? runs.result(run, ImportReport.class).orElse(null)
                        : null,
                run.failure(), run.finished(), run.percent()));
    }
}
