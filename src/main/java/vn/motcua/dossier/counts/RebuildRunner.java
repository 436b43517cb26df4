package vn.motcua.dossier.counts;

import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.platform.cli.CommandLineTasks;

/**
 * {@code java -jar motcua.jar --rebuild-report-counts}: rebuilds the day counts from the dossier
 * table in one transaction, checks them, and stops the application with status 0 (1 when the check
 * finds a difference). {@code --rebuild-report-counts=check} only checks.
 */
@Component
@Order(110)
class RebuildRunner implements ApplicationRunner {

    static final String OPTION = "rebuild-report-counts";
    private static final Logger log = LoggerFactory.getLogger(RebuildRunner.class);

    private final DayCountMaintenance maintenance;
    private final IntConsumer exit;

    @Autowired
    RebuildRunner(DayCountMaintenance maintenance, ConfigurableApplicationContext context) {
        this(maintenance, CommandLineTasks.exitOf(context));
    }

    /** With another way to stop, so that a test can run it without stopping the shared context. */
    RebuildRunner(DayCountMaintenance maintenance, IntConsumer exit) {
        this.maintenance = maintenance;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        List<String> values = args.getOptionValues(OPTION);
        if (values.stream().anyMatch(v -> !v.equals("check"))) {
            log.error("--{} takes no value (rebuild, then check) or =check (check only), not {}", OPTION, values);
            exit.accept(1);
            return;
        }
        if (values.isEmpty()) {
            long start = System.nanoTime();
            int rows = maintenance.rebuild();
            log.info("Rebuilt the report day counts: {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        }
        var differences = maintenance.check(20);
        differences.forEach(d -> log.error("Day counts differ from the dossier table: {}", d));
        log.info("Report day counts checked: {}", differences.isEmpty() ? "exact" : "DIFFERENCES (see above)");
        exit.accept(differences.isEmpty() ? 0 : 1);
    }
}
