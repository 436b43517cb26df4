package vn.motcua.dossier.counts;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --rebuild-report-counts}: rebuilds, checks and exits 0; without the option nothing happens. */
@IntegrationTest
class RebuildRunnerTest {

    @Autowired
    DayCountMaintenance maintenance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommandRebuildsChecksAndExitsWithZero() {
        AtomicInteger exit = new AtomicInteger(-1);
        var runner = new RebuildRunner(maintenance, exit::set);
        runner.run(new DefaultApplicationArguments("--server.port=0"));
        assertThat(exit).hasValue(-1);

        runner.run(new DefaultApplicationArguments("--rebuild-report-counts"));
        assertThat(exit).hasValue(0);
        assertThat(jdbc.sql("select rebuilt_at from dossier_day_count_state").query(java.sql.Timestamp.class).single())
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from dossier_day_delta").query(Long.class).single()).isZero();

        exit.set(-1);
        runner.run(new DefaultApplicationArguments("--rebuild-report-counts=check"));
        assertThat(exit).hasValue(0);
    }

    @Test
    void anUnknownValueIsRefusedWithoutRebuilding() {
        AtomicInteger exit = new AtomicInteger(-1);
        var before = jdbc.sql("select rebuilt_at from dossier_day_count_state").query(java.sql.Timestamp.class)
                .optional();
        new RebuildRunner(maintenance, exit::set).run(new DefaultApplicationArguments("--rebuild-report-counts=chek"));
        assertThat(exit).hasValue(1);
        assertThat(jdbc.sql("select rebuilt_at from dossier_day_count_state").query(java.sql.Timestamp.class)
                .optional()).isEqualTo(before);
    }
}
