package vn.motcua.dossier.importing;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.processing.DossierStore;
import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Batches are whole: an import killed in a batch leaves the earlier batches only, and running it again finishes it. */
@IntegrationTest
class DossierImportResumeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    DossierStore store;
    @Autowired
    DossierImporter importer;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    String agencyCode;
    String procedure;

    @BeforeEach
    void agencyAndProcedure() throws Exception {
        agencyCode = data.agencyCode(data.agency("Sở thử nhập lại", null));
        procedure = DossierTestSupport.procedure(mvc, agencyCode);
    }

    List<Map<String, Object>> lines(int count) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = TestData.unique("RES-");
            lines.add(i % 3 == 0 ? ImportLines.processing(code, procedure, agencyCode)
                    : ImportLines.returned(code, procedure, agencyCode));
        }
        return lines;
    }

    long stored(List<Map<String, Object>> lines, String table) {
        List<Object> codes = lines.stream().map(l -> l.get("code")).toList();
        String sql = table.equals("dossier") ? "select count(*) from dossier where code in (:codes)"
                : "select count(*) from dossier_event e join dossier d on d.id = e.dossier_id where d.code in (:codes)";
        return jdbc.sql(sql).param("codes", codes).query(Long.class).single();
    }

    @Test
    void anImportKilledInItsSecondBatchKeepsTheFirstWholeAndTheRerunImportsTheRestOnce() {
        var lines = lines(10);
        ImportWriter dying = new ImportWriter(store) {
            int batches;

            @Override
            public void write(List<ImportedDossier> rows) {
                super.write(rows);
                if (++batches == 2) {
                    throw new IllegalStateException("killed after writing the second batch, before its commit");
                }
            }
        };
        String body = ImportLines.ndjson(lines);
        assertThatThrownBy(() -> importer.with(dying, 3).importLines(new BufferedReader(new StringReader(body)),
                "test", null, "Thử", 10, (done, total) -> { })).hasMessageContaining("killed");
        assertThat(stored(lines.subList(0, 3), "dossier")).isEqualTo(3);
        assertThat(stored(lines.subList(0, 3), "event")).isEqualTo(3);
        assertThat(stored(lines.subList(3, 10), "dossier")).isZero();
        assertThat(stored(lines.subList(3, 10), "event")).isZero();

        ImportReport again = importer.importLines(new BufferedReader(new StringReader(body)), "test", null, "Thử", 10,
                (done, total) -> { });
        assertThat(again.imported()).isEqualTo(7);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.rejected()).isZero();
        assertThat(stored(lines, "dossier")).isEqualTo(10);
        assertThat(stored(lines, "event")).isEqualTo(10);
    }

    @Test
    void aCodeTakenByAnIntakeBetweenTheLookUpAndTheWriteRefusesThatLineAndKeepsTheRest() {
        var lines = lines(5);
        String taken = (String) lines.get(2).get("code");
        var concurrent = new TransactionTemplate(transactions);
        concurrent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long agency = jdbc.sql("select id from agency where code = :c").param("c", agencyCode).query(Long.class)
                .single();
        ImportWriter racing = new ImportWriter(store) {
            int calls;

            @Override
            public void write(List<ImportedDossier> rows) {
                if (++calls == 1) {
                    // Another node's intake commits a dossier with one of these codes just now.
                    concurrent.executeWithoutResult(s -> template.update("""
                            insert into dossier (code, procedure_code, procedure_version, procedure_name, level,
                                online_level, resolving_agency_id, receiving_agency_id, channel, delivery, status,
                                applicant_kind, applicant_name, rule_set)
                            values (?, ?, 1, 'Thủ tục', 'PROVINCE', 'PARTIAL', ?, ?, 'DIRECT', 'COUNTER', 'SUBMITTED',
                                'CITIZEN', 'Lê Văn C', '2025')
                            """, taken, procedure, agency, agency));
                }
                super.write(rows);
            }
        };
        ImportReport report = importer.with(racing, 10).importLines(
                new BufferedReader(new StringReader(ImportLines.ndjson(lines))), "test", null, "Thử", 5,
                (done, total) -> { });
        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).extracting(ImportReport.LineError::line, ImportReport.LineError::field)
                .containsExactly(tuple(3, "code"));
        assertThat(stored(lines, "dossier")).isEqualTo(5);
        assertThat(stored(lines, "event")).isEqualTo(4);
        assertThat(jdbc.sql("select import_hash from dossier where code = :c").param("c", taken)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void theCommandLineImportsAFileAndSaysWhetherLinesWereRefused(@TempDir Path dir) throws Exception {
        var lines = lines(4);
        Path good = dir.resolve("good.ndjson");
        Files.writeString(good, ImportLines.ndjson(lines), StandardCharsets.UTF_8);
        Path withBad = dir.resolve("bad.ndjson");
        Files.writeString(withBad, ImportLines.ndjson(lines) + "{\"code\":\"X\"}\n", StandardCharsets.UTF_8);
        var command = new DossierImportCommand(importer, context);

        assertThat(command.importOne(good)).isZero();
        assertThat(stored(lines, "dossier")).isEqualTo(4);
        assertThat(command.importOne(withBad)).isEqualTo(2);
        assertThat(command.importOne(dir.resolve("missing.ndjson"))).isEqualTo(1);
        assertThat(stored(lines, "event")).isEqualTo(4);
        assertThat(jdbc.sql("""
                select distinct e.actor_name from dossier_event e join dossier d on d.id = e.dossier_id
                where d.code = :c""").param("c", lines.get(0).get("code")).query(String.class).single())
                .isEqualTo("Dòng lệnh (command line)");
    }
}
