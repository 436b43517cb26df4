package vn.motcua.organization.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.platform.i18n.Messages;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnitImportRunnerTest {

    @Autowired
    UnitImporter importer;
    @Autowired
    Messages messages;
    @Autowired
    JdbcClient jdbc;

    final AtomicReference<Integer> exitStatus = new AtomicReference<>();

    UnitImportRunner runner() {
        return new UnitImportRunner(importer, messages, exitStatus::set);
    }

    @Test
    void theCommandLineOptionImportsTheFileAndExitsWithZero() throws Exception {
        runner().run(new DefaultApplicationArguments("--import-admin-units=" + OfficialFiles.FILE_2025));

        assertThat(exitStatus.get()).isZero();
        assertThat(OfficialFiles.count(jdbc, "2025", "COMMUNE")).isEqualTo(3321);
    }

    @Test
    void anInvalidOrMissingFileExitsWithOne(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"Code\": ");
        runner().run(new DefaultApplicationArguments("--import-admin-units=" + bad));
        assertThat(exitStatus.get()).isEqualTo(1);

        exitStatus.set(null);
        runner().run(new DefaultApplicationArguments("--import-admin-units=" + dir.resolve("missing.json")));
        assertThat(exitStatus.get()).isEqualTo(1);
    }

    @Test
    void withoutTheOptionTheApplicationKeepsRunning() throws Exception {
        runner().run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(exitStatus.get()).isNull();
    }
}
