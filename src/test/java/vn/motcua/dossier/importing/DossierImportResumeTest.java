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

import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    DossierImporter importer;
    @Autowired
    ConfigurableApplicationContext context;

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
        ImportWriter dying = new ImportWriter(template) {
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
