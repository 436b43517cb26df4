package vn.motcua.dossier.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.platform.cli.CommandLineTasks;

/**
 * {@code java -jar motcua.jar --import-dossiers=/path/file.ndjson}: imports the file, logs the report
 * and every refused line, and exits (status 0 when every line was imported or unchanged, 2 when some
 * lines were refused, 1 when the file could not be read) instead of starting to serve. Running it
 * again after an interruption continues: what was stored counts as unchanged.
 */
@Component
@Order(40)
class DossierImportCommand implements ApplicationRunner {

    static final String OPTION = "import-dossiers";
    private static final Logger log = LoggerFactory.getLogger(DossierImportCommand.class);

    private final DossierImporter importer;
    private final ConfigurableApplicationContext context;

    DossierImportCommand(DossierImporter importer, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLineTasks.forEachFile(args, OPTION, this::importOne, CommandLineTasks.exitOf(context));
    }

    int importOne(Path file) {
        long started = System.nanoTime();
        try (Stream<String> counted = Files.lines(file, StandardCharsets.UTF_8);
                BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int total = (int) counted.count();
            ImportReport r = importer.importLines(in, file.getFileName().toString(), null, "Dòng lệnh (command line)",
                    total, (done, all) -> {
                        if (done % 10_000 == 0) {
                            log.info("{}: {}/{}", file, done, all);
                        }
                    });
            log.info("{}: {} imported, {} unchanged, {} rejected in {} ms", file, r.imported(), r.unchanged(),
                    r.rejected(), (System.nanoTime() - started) / 1_000_000);
            r.errors().forEach(e -> log.warn("{}: line {} {}: {}", file, e.line(), e.field(), e.message().vi()));
            return r.rejected() > 0 ? 2 : 0;
        } catch (IOException | UncheckedIOException e) {
            log.error("{}: cannot import: {}", file, e.toString());
            return 1;
        }
    }
}
