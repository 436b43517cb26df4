package vn.motcua.dossier.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.processing.ImportPlacement;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.jobs.JobRuns;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Imports dossiers from an earlier system, one JSON object per line (docs/api.md). Each line is
 * checked alone and a bad one is refused alone; good lines are written in batches, each batch in its
 * own transaction, so a crash leaves whole batches only and running the same file again continues
 * where it stopped: lines already stored with the same content count as unchanged.
 */
@Service
public class DossierImporter {

    private final Catalog catalog;
    private final Agencies agencies;
    private final ImportPlacement placement;
    private final ImportWriter writer;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final BusinessZone zone;
    private final int batchSize;
    private final boolean postgres;

    @Autowired
    DossierImporter(Catalog catalog, Agencies agencies, ImportPlacement placement, ImportWriter writer,
            TransactionTemplate tx, JdbcClient jdbc, JsonMapper json, Messages messages, AuditLog audit, Clock clock,
            BusinessZone zone, @Value("${motcua.dossier.import-batch-size:1000}") int batchSize,
            DataSource dataSource) throws MetaDataAccessException {
        this(catalog, agencies, placement, writer, tx, jdbc, json, messages, audit, clock, zone, batchSize,
                "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName)));
    }

    private DossierImporter(Catalog catalog, Agencies agencies, ImportPlacement placement, ImportWriter writer,
            TransactionTemplate tx, JdbcClient jdbc, JsonMapper json, Messages messages, AuditLog audit, Clock clock,
            BusinessZone zone, int batchSize, boolean postgres) {
        this.postgres = postgres;
        this.catalog = catalog;
        this.agencies = agencies;
        this.placement = placement;
        this.writer = writer;
        this.tx = tx;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.batchSize = batchSize;
    }

    /** The same importer writing through {@code writer} in batches of {@code batchSize} (tests). */
    DossierImporter with(ImportWriter writer, int batchSize) {
        return new DossierImporter(catalog, agencies, placement, writer, tx, jdbc, json, messages, audit, clock,
                zone, batchSize, postgres);
    }

    /**
     * Reads every line of {@code in}; {@code total} is the number of lines when known (for progress),
     * else 0. {@code source} names the file in the history and the audit log.
     */
    public ImportReport importLines(BufferedReader in, String source, Long accountId, String actorName, int total,
            JobRuns.Progress progress) {
        Instant now = clock.instant();
        LineParser parser = new LineParser(json, now);
        LineResolver resolver = new LineResolver(catalog, placement, agencies.all(),
                new LineResolver.Importer(accountId, actorName), source, now, zone.zone());
        ImportRun run = new ImportRun(messages);
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportedDossier> batch = new ArrayList<>(batchSize);
        int number = 0;
        try {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1); // the byte order mark some editors write first
                }
                if (text.isBlank()) {
                    continue;
                }
                Validation v = new Validation();
                ParsedLine parsed = parser.parse(text, v);
                ImportedDossier row = parsed == null ? null : resolver.resolve(number, text, parsed, v);
                Integer earlier = row == null ? null : firstLine.putIfAbsent(row.dossier().code(), number);
                v.check(earlier == null, "code", "dossier.import.duplicateInFile", String.valueOf(earlier));
                if (v.hasProblems()) {
                    run.reject(number, v.problems());
                } else {
                    batch.add(row);
                }
                if (batch.size() >= batchSize) {
                    flush(batch, run);
                }
                progress.advanced(number, Math.max(total, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(batch, run);
        ImportReport report = run.report();
        audit.record("IMPORT", "dossier", source, "Import " + source, Map.of("imported", report.imported(),
                "unchanged", report.unchanged(), "rejected", report.rejected()));
        return report;
    }

    /** Writes the batch; a code stored meanwhile by someone else makes it sort and write once more. */
    private void flush(List<ImportedDossier> batch, ImportRun run) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writeNew(batch, run);
        } catch (DuplicateKeyException e) {
            // A code was stored by someone else (an intake, another import) between the look-up and
            // the write: the batch rolled back whole; sorted again, that line is refused or unchanged.
            try {
                writeNew(batch, run);
            } catch (DuplicateKeyException again) {
                throw ProblemException.conflict("dossier.import.concurrent");
            }
        }
        batch.clear();
        if (run.imported >= run.analyzedAt * 2) {
            refreshStatistics();
            run.analyzedAt = run.imported;
        }
    }

    /** Sorts the batch against what is stored, writes the new dossiers in one transaction, then counts. */
    private void writeNew(List<ImportedDossier> batch, ImportRun run) {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("select code, import_hash from dossier where code in (:codes)")
                .param("codes", batch.stream().map(r -> r.dossier().code()).toList())
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
                });
        List<ImportedDossier> fresh = new ArrayList<>(batch.size());
        List<ImportedDossier> refused = new ArrayList<>();
        for (ImportedDossier row : batch) {
            String hash = stored.get(row.dossier().code());
            if (hash == null) {
                fresh.add(row);
            } else if (!hash.equals(row.importHash())) {
                refused.add(row);
            }
        }
        tx.executeWithoutResult(status -> writer.write(fresh));
        run.imported += fresh.size();
        run.unchanged += batch.size() - fresh.size() - refused.size();
        for (ImportedDossier row : refused) {
            String hash = stored.get(row.dossier().code());
            run.reject(row.line(), List.of(new FieldProblem("code", hash.isEmpty() ? "dossier.import.native"
                    : "dossier.import.changed", row.dossier().code())));
        }
    }

    /**
     * PostgreSQL plans the look-ups by code from its statistics of the table; while an import fills a
     * young table, they say "a few rows" long after it holds thousands, and each look-up becomes a
     * scan. So the statistics are refreshed each time the run has doubled what it wrote.
     */
    private void refreshStatistics() {
        if (postgres) {
            jdbc.sql("analyze dossier").update();
        }
    }
}
