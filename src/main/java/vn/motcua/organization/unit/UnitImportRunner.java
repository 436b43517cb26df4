package vn.motcua.organization.unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;

/**
 * {@code java -jar motcua.jar --import-admin-units=/path/file.json}: imports the official list(s),
 * then stops the application with status 0, or 1 when a file is invalid or unreadable (nothing of
 * that file is written). Without the option, the application starts as usual.
 */
@Component
@Order(100)
class UnitImportRunner implements ApplicationRunner {

    static final String OPTION = "import-admin-units";

    private static final Logger log = LoggerFactory.getLogger(UnitImportRunner.class);

    private final UnitImporter importer;
    private final Messages messages;
    private final IntConsumer exit;

    @Autowired
    UnitImportRunner(UnitImporter importer, Messages messages, ConfigurableApplicationContext context) {
        this(importer, messages, CommandLineTasks.exitOf(context));
    }

    /** With another way to stop, so that a test can run it without stopping the shared context. */
    UnitImportRunner(UnitImporter importer, Messages messages, IntConsumer exit) {
        this.importer = importer;
        this.messages = messages;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLineTasks.forEachFile(args, OPTION, this::importOne, exit);
    }

    private int importOne(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            ImportReport report = importer.importFile(in, path.getFileName().toString());
            log.info("Imported administrative units from {}: {}", path, report.details());
        } catch (IOException e) {
            log.error("Cannot read {}: {}", path, e.toString());
            return 1;
        } catch (ProblemException e) {
            log.error("Import of {} refused: {}", path, describe(e));
            return 1;
        }
        return 0;
    }

    private String describe(ProblemException e) {
        StringBuilder text = new StringBuilder(messages.get(e.messageKey(), Messages.EN, e.args()));
        for (FieldProblem problem : e.fieldProblems()) {
            text.append(System.lineSeparator()).append("  ").append(problem.field()).append(": ")
                    .append(messages.get(problem.messageKey(), Messages.EN, problem.args()));
        }
        return text.toString();
    }
}
