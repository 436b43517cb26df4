package vn.motcua.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.platform.jobs.JobRun;
import vn.motcua.platform.jobs.JobRuns;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobRunsTest {

    @Autowired
    JobRuns runs;

    record Outcome(int imported, String note) {
    }

    private JobRun awaitFinished(String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JobRun run = runs.get(id).orElseThrow();
            if (run.finished()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Test
    void aJobReportsItsResultThroughTheDatabase() throws Exception {
        String id = runs.start("test", progress -> {
            for (int i = 1; i <= 3; i++) {
                progress.advanced(i, 3);
            }
            return new Outcome(3, "xong");
        });
        JobRun run = awaitFinished(id);
        assertThat(run.status()).isEqualTo(JobRun.Status.SUCCEEDED);
        assertThat(run.percent()).isEqualTo(100);
        assertThat(runs.result(run, Outcome.class)).contains(new Outcome(3, "xong"));
    }

    @Test
    void aRefusedJobKeepsTheMessageKeyOfItsProblem() throws Exception {
        String id = runs.start("test", progress -> {
            throw ProblemException.badRequest("problem.unreadable");
        });
        JobRun run = awaitFinished(id);
        assertThat(run.status()).isEqualTo(JobRun.Status.FAILED);
        assertThat(run.failure()).isEqualTo("problem.unreadable");
        assertThat(runs.result(run, Map.class)).isEmpty();
    }
}
