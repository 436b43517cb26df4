package vn.motcua.catalog.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.platform.cli.CommandLineTasks;

import vn.motcua.platform.web.ProblemException;

/**
 * {@code java -jar motcua.jar --import-procedures=/path/file.json|.xlsx}: imports the file, prints
 * the report and exits (status 0 when every row imported, 2 when some rows had errors, 1 when the
 * file could not be read) instead of starting to serve.
 */
@Component
@Order(30)
class ImportCommand implements ApplicationRunner {

    static final String OPTION = "import-procedures";
    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final CatalogImporter importer;
    private final ConfigurableApplicationContext context;

    ImportCommand(CatalogImporter importer, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLineTasks.forEachFile(args, OPTION, this::importOne, CommandLineTasks.exitOf(context));
    }

    private int importOne(Path file) {
        try {
            ImportReport r = importer.importFile(Files.readAllBytes(file), (done, total) -> {
                if (done == total || done % 500 == 0) {
                    log.info("{}: {}/{}", file, done, total);
                }
            });
            log.info("{}: {} rows in {} ms: {} new, {} updated, {} unchanged, {} with errors", file, r.total(),
                    r.millis(), r.created(), r.updated(), r.unchanged(), r.failed());
            r.errors().forEach(e -> log.warn("{}: row {} ({}) {}: {}", file, e.row(), e.code(), e.field(),
                    e.message().vi()));
            return r.failed() > 0 ? 2 : 0;
        } catch (IOException | ProblemException e) {
            log.error("{}: cannot import: {}", file, e.getMessage());
            return 1;
        }
    }
}
