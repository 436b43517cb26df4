package vn.motcua.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.counts.DayCountCompaction;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers change dossiers of one agency from several threads at once (each write: the dossier row and
 * its ledger deltas in one transaction, a fifth of them rolled back), while the compaction folds the
 * ledger and reports read: afterwards the day counts equal the direct query and the recount.
 */
@IntegrationTest
class DayCountsConcurrencyTest {

    static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DayCountLedger ledger;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DayCountCompaction compaction;
    @Autowired
    ResolutionReports reports;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    BusinessZone businessZone;

    @Test
    void concurrentWritesCompactionAndReportsKeepTheCountsExact() throws Exception {
        long seed = Long.getLong("report.seed", System.nanoTime());
        ZoneId zone = businessZone.zone();
        String run = TestData.unique("C");
        var fx = fixtures;
        var agency = fx.agency("Xã đồng thời " + run, AdministrativeLevel.COMMUNE, null);
        List<ReportFixtures.Seed> initial = new RandomDossiers(new Random(seed), zone, DAY0).dossiers(160, run,
                List.of(agency));
        fx.insert(initial);
        Map<String, ReportFixtures.Seed> current = new ConcurrentHashMap<>();
        initial.forEach(s -> current.put(s.code(), s));
        var filter = new ReportFilter(null, agency.code(), null, null, null, null);

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<ReportFixtures.Seed> mine = initial.subList(t * 40, t * 40 + 40);
            Random random = new Random(seed + t + 1);
            writers.add(pool.submit(() -> write(mine, current, new RandomDossiers(random, zone, DAY0), random, run)));
        }
        Future<?> compacting = pool.submit(() -> {
            while (writing.get()) {
                compaction.compact();
            }
        });
        Future<?> reading = pool.submit(() -> {
            while (writing.get()) {
                ReportPeriod period = ReportPeriod.of(DAY0.plusDays(60), DAY0.plusDays(150), zone);
                ResolutionDifferentialTest.checkIdentities(
                        reports.report(ResolutionDifferentialTest.PROVINCE, period, filter).totals(), "during writes");
            }
        });
        for (Future<?> writer : writers) {
            writer.get();
        }
        writing.set(false);
        compacting.get();
        reading.get();
        pool.shutdown();

        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            LocalDate from = DAY0.plusDays(random.nextInt(330) - 10);
            ReportPeriod period = ReportPeriod.of(from, from.plusDays(random.nextInt(120)), zone);
            String context = "seed %d, %s..%s".formatted(seed, period.from(), period.to());
            ResolutionReport report = reports.report(ResolutionDifferentialTest.PROVINCE, period, filter);
            assertThat(report).as(context)
                    .isEqualTo(reports.directReport(ResolutionDifferentialTest.PROVINCE, period, filter));
            long[] expected = Recount.count(List.copyOf(current.values()), period.from(), period.to(), zone, d -> true)
                    .getOrDefault(agency.code(), new long[Cell.values().length]);
            assertThat(java.util.Arrays.stream(Cell.values()).mapToLong(report.totals()::get).toArray()).as(context)
                    .containsExactly(expected);
        }
    }

    /** 30 changes of this writer's own dossiers, each in its own transaction; every fifth rolled back. */
    private void write(List<ReportFixtures.Seed> mine, Map<String, ReportFixtures.Seed> current, RandomDossiers dice,
            Random random, String run) {
        for (int i = 0; i < 30; i++) {
            ReportFixtures.Seed before = current.get(mine.get(random.nextInt(mine.size())).code());
            ReportFixtures.Seed drawn = dice.dossiers(1, run, List.of(new ReportFixtures.Agency(
                    before.resolvingAgencyId(), before.agencyCode(), AdministrativeLevel.COMMUNE, null))).get(0);
            var after = new ReportFixtures.Seed(before.code(), before.resolvingAgencyId(), before.agencyCode(),
                    before.level(), before.procedure(), before.field(), before.onlineLevel(), drawn.channel(),
                    drawn.status(), drawn.receivedAt(), drawn.dueAt(), drawn.finishedAt());
            boolean rollBack = i % 5 == 4;
            tx.executeWithoutResult(status -> {
                jdbc.sql("""
                        update dossier set status = :status, channel = :channel, received_at = :received,
                            due_at = :due, finished_at = :finished where code = :code
                        """).param("status", after.status()).param("channel", after.channel())
                        .param("received", ts(after.receivedAt())).param("due", ts(after.dueAt()))
                        .param("finished", ts(after.finishedAt())).param("code", after.code()).update();
                ledger.record(ReportFixtures.counted(before), ReportFixtures.counted(after));
                if (rollBack) {
                    status.setRollbackOnly();
                }
            });
            if (!rollBack) {
                current.put(after.code(), after);
            }
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
