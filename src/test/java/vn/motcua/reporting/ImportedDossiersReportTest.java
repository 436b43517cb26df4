package vn.motcua.reporting;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.dossier.DossierTestSupport;
import vn.motcua.dossier.importing.DossierImporter;
import vn.motcua.dossier.importing.ImportLines;
import vn.motcua.dossier.importing.ImportReport;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imported dossiers count in the resolution report exactly like native ones: random dossiers are
 * imported under one agency tree and written as native rows under a twin tree; for random periods
 * both trees' rows equal each other and the brute-force {@link Recount} of DESIGN.md §5.
 */
@IntegrationTest
class ImportedDossiersReportTest {

    static final String[] STATUSES = { "PROCESSING", "PAUSED", "AWAITING_PAYMENT", "SUPPLEMENT_REQUESTED",
            "RESOLVED", "RETURNED", "RESOLVED", "RETURNED", "WITHDRAWN", "STOPPED" };
    static final String[] CHANNELS = { "ONLINE", "DIRECT", "POSTAL" };
    static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ResolutionReports reports;
    @Autowired
    DossierImporter importer;
    @Autowired
    BusinessZone businessZone;

    @Test
    void importedDossiersCountLikeNativeOnesAndAsTheRecount() throws Exception {
        ZoneId zone = businessZone.zone();
        long seed = Long.getLong("report.seed", System.nanoTime());
        Random random = new Random(seed);
        String run = TestData.unique("I");
        ReportFixtures fx = fixtures;
        var root = fx.agency("Tỉnh nhập " + run, AdministrativeLevel.PROVINCE, null);
        var district = fx.agency("Huyện nhập " + run, AdministrativeLevel.DISTRICT, root.id());
        var twinRoot = fx.agency("Tỉnh đối chứng " + run, AdministrativeLevel.PROVINCE, null);
        var twinDistrict = fx.agency("Huyện đối chứng " + run, AdministrativeLevel.DISTRICT, twinRoot.id());
        String procedure = DossierTestSupport.procedure(mvc, root.code());

        List<ReportFixtures.Seed> imported = new ArrayList<>();
        List<ReportFixtures.Seed> natives = new ArrayList<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean inDistrict = random.nextBoolean();
            var agency = inDistrict ? district : root;
            var twin = inDistrict ? twinDistrict : twinRoot;
            Instant received = instantOn(random, zone, DAY0.plusDays(random.nextInt(300)));
            Instant due = received.plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
            String status = STATUSES[random.nextInt(STATUSES.length)];
            Instant finished = Arrays.asList(STATUSES).indexOf(status) < 4 ? null
                    : received.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
            String channel = CHANNELS[random.nextInt(3)];
            String code = run + "-" + i;
            imported.add(new ReportFixtures.Seed(code, agency.id(), agency.code(), agency.level().name(), procedure,
                    null, "PARTIAL", channel, status, received, due, finished));
            natives.add(new ReportFixtures.Seed(code + "-N", twin.id(), twin.code(), twin.level().name(), procedure,
                    null, "PARTIAL", channel, status, received, due, finished));
            Map<String, Object> line = ImportLines.processing(code, procedure, agency.code());
            line.put("channel", channel);
            line.put("status", status);
            line.put("receivedAt", received.toString());
            line.put("dueAt", due.toString());
            if (finished != null) {
                line.put("finishedAt", finished.toString());
            }
            if (status.startsWith("RE")) {
                line.put("result", "APPROVED");
            }
            lines.add(line);
        }
        ImportReport done = importer.importLines(new BufferedReader(new StringReader(ImportLines.ndjson(lines))),
                "report test", null, "Thử", lines.size(), (d, t) -> { });
        assertThat(done.errors()).isEmpty();
        assertThat(done.imported()).isEqualTo(lines.size());
        fx.insert(natives);

        int counted = 0;
        for (int i = 0; i < 25; i++) {
            LocalDate from = DAY0.plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(new int[] { 0, 6, 30, 89, random.nextInt(250) }[random.nextInt(5)]);
            String context = "seed %d, %s..%s".formatted(seed, from, to);
            Map<String, String> expected = new TreeMap<>();
            Recount.count(imported, from, to, zone, d -> true)
                    .forEach((agency, counts) -> expected.put(agency, Arrays.toString(counts)));
            assertThat(rows(root.code(), from, to, zone)).as(context).isEqualTo(expected);
            Map<String, String> twins = new TreeMap<>();
            rows(twinRoot.code(), from, to, zone).forEach((agency, counts) -> twins.put(
                    agency.equals(twinRoot.code()) ? root.code() : district.code(), counts));
            assertThat(twins).as(context).isEqualTo(expected);
            counted += expected.isEmpty() ? 0 : 1;
        }
        assertThat(counted).as("periods with dossiers to handle, seed %d", seed).isPositive();
    }

    private Map<String, String> rows(String agency, LocalDate from, LocalDate to, ZoneId zone) {
        ReportPeriod period = ReportPeriod.of(from, to, zone);
        ReportFilter filter = new ReportFilter(null, agency, null, null, null, null);
        ResolutionReport report = reports.report(ResolutionDifferentialTest.PROVINCE, period, filter);
        // Served by the day counts, which the import's batches keep: equal to the direct query.
        assertThat(report).isEqualTo(reports.directReport(ResolutionDifferentialTest.PROVINCE, period, filter));
        Map<String, String> rows = new TreeMap<>();
        for (ResolutionReport.Row row : report.rows()) {
            rows.put(row.agencyCode(),
                    Arrays.toString(Arrays.stream(Cell.values()).mapToLong(row.counts()::get).toArray()));
        }
        return rows;
    }

    private static Instant instantOn(Random random, ZoneId zone, LocalDate day) {
        return day.atTime(LocalTime.ofSecondOfDay(random.nextInt(86400))).atZone(zone).toInstant();
    }
}
