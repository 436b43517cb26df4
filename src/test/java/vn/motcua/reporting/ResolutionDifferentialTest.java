package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.counts.DayCountCompaction;
import vn.motcua.dossier.counts.DayCountLedger;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random dossiers (channels, receiving desks, receipts, dues, finishes, withdrawals) in a fresh agency
 * tree, random periods and scopes (the desk filter, by code or id, among them): every number of every
 * row equals the brute-force {@link Recount}, and the identities hold. The seed is printed on failure;
 * {@code -Dreport.seed=...} replays it.
 */
@IntegrationTest
class ResolutionDifferentialTest {

    static final Actor PROVINCE = new Actor(0, "test", "Test", Actor.Kind.OFFICER, null,
            Map.of(Role.MONITOR, AgencyScope.PROVINCE));
    static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);
    @Autowired
    DayCountLedger ledger;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ResolutionReports reports;
    @Autowired
    BusinessZone businessZone;
    @Autowired
    DayCountCompaction compaction;

    ZoneId zone;
    Random random;
    long seed;
    List<ReportFixtures.Agency> agencies;
    Map<Long, Set<Long>> subtrees;
    String run;
    List<ReportFixtures.Desk> desks;

    @BeforeEach
    void agencies() {
        zone = businessZone.zone();
        seed = Long.getLong("report.seed", System.nanoTime());
        random = new Random(seed);
        run = TestData.unique("R");
        ReportFixtures fx = fixtures;
        var root = fx.agency("Tỉnh thử " + run, AdministrativeLevel.PROVINCE, null);
        var dept = fx.agency("Sở thử " + run, AdministrativeLevel.PROVINCE, root.id());
        var district = fx.agency("Huyện thử " + run, AdministrativeLevel.DISTRICT, root.id());
        var commune = fx.agency("Xã thử " + run, AdministrativeLevel.COMMUNE, district.id());
        var ward = fx.agency("Phường thử " + run, AdministrativeLevel.COMMUNE, root.id());
        agencies = List.of(root, dept, district, commune, ward);
        subtrees = Map.of(root.id(), ids(agencies), dept.id(), Set.of(dept.id()), district.id(),
                Set.of(district.id(), commune.id()), commune.id(), Set.of(commune.id()), ward.id(), Set.of(ward.id()));
        desks = List.of(fx.desk("Bộ phận một cửa tỉnh " + run, root.id(), dept.id()),
                fx.desk("Bộ phận một cửa huyện " + run, district.id(), commune.id()));
        seeds = new RandomDossiers(random, zone, DAY0).dossiers(450, run, agencies,
                desks.stream().map(ReportFixtures.Desk::id).toList());
        fx.insert(seeds);
    }

    List<ReportFixtures.Seed> seeds;

    @Test
    void everyNumberOfEveryRowEqualsTheRecountForRandomPeriodsAndScopes() {
        for (int i = 0; i < 60; i++) {
            if (i == 30) {
                compaction.compact(); // the first half read the dossiers' day counts from the ledger, the rest folded
            }
            LocalDate from = DAY0.plusDays(random.nextInt(260));
            LocalDate to = from.plusDays(pick(new int[] { 0, 6, 30, 89, random.nextInt(250) }));
            ReportFilter filter = randomFilter();
            compare(PROVINCE, from, to, filter, recountScope(filter, subtrees.get(idOf(filter.agency()))));
        }
    }

    @Test
    void theDayCountsServeTheAgencyAndLevelReportsExactly() {
        compaction.compact();
        for (int i = 0; i < 40; i++) {
            LocalDate from = DAY0.plusDays(random.nextInt(300) - 20);
            LocalDate to = from.plusDays(pick(new int[] { 0, 1, 30, 91, random.nextInt(400) }));
            var agency = agencies.get(random.nextInt(agencies.size()));
            var filter = new ReportFilter(chance() ? AdministrativeLevel.values()[random.nextInt(3)] : null,
                    agency.code(), null, null, null, null);
            compare(PROVINCE, from, to, filter, recountScope(filter, subtrees.get(agency.id())));
        }
    }

    @Test
    void aScopedMonitorSeesOnlyTheirAgenciesAndIsRefusedOthers() {
        var district = agencies.get(2);
        Actor monitor = new Actor(0, "m", "M", Actor.Kind.OFFICER, null,
                Map.of(Role.MONITOR, new AgencyScope(false, subtrees.get(district.id())), Role.RECEPTION,
                        AgencyScope.PROVINCE));
        for (int i = 0; i < 10; i++) {
            LocalDate from = DAY0.plusDays(random.nextInt(200));
            LocalDate to = from.plusDays(random.nextInt(120));
            compare(monitor, from, to, ReportFilter.ALL, recountScope(ReportFilter.ALL, subtrees.get(district.id())));
        }
        var outside = new ReportFilter(null, agencies.get(1).code(), null, null, null, null);
        ReportPeriod period = ReportPeriod.of(DAY0, DAY0.plusDays(90), zone);
        assertThatThrownBy(() -> reports.report(monitor, period, outside)).isInstanceOf(ProblemException.class)
                .hasMessage("report.forbidden.agency");
    }

    @Test
    void theDrillDownListsExactlyTheDossiersOfEachCell() {
        for (int i = 0; i < 4; i++) {
            LocalDate from = DAY0.plusDays(random.nextInt(200));
            LocalDate to = from.plusDays(random.nextInt(120));
            ReportPeriod period = ReportPeriod.of(from, to, zone);
            ReportFilter filter = randomFilter();
            var scope = recountScope(filter, subtrees.get(idOf(filter.agency())));
            var row = agencies.get(random.nextInt(agencies.size()));
            for (Cell cell : Cell.values()) {
                String context = "%s seed %d, %s..%s, %s".formatted(cell, seed, from, to, filter);
                assertThat(listed(period, filter, null, cell)).as(context)
                        .isEqualTo(Recount.codes(seeds, from, to, zone, scope, cell));
                if (subtrees.get(idOf(filter.agency())).contains(row.id())) {
                    assertThat(listed(period, filter, row.code(), cell)).as(context + " row " + row.code())
                            .isEqualTo(Recount.codes(seeds, from, to, zone,
                                    scope.and(d -> d.resolvingAgencyId() == row.id()), cell));
                }
            }
        }
    }

    /** Every code of the drill-down, page after page. */
    private Set<String> listed(ReportPeriod period, ReportFilter filter, String row, Cell cell) {
        Set<String> codes = new java.util.TreeSet<>();
        for (int page = 0;; page++) {
            var result = reports.dossiers(PROVINCE, period, filter, row, cell, new PageRequest(page, 50));
            result.items().forEach(line -> codes.add(line.code()));
            if (page + 1 >= result.totalPages()) {
                assertThat(codes).hasSize((int) result.total());
                return codes;
            }
        }
    }

    private void compare(Actor actor, LocalDate from, LocalDate to, ReportFilter filter,
            Predicate<ReportFixtures.Seed> scope) {
        String context = "seed %d, %s..%s, %s".formatted(seed, from, to, filter);
        ResolutionReport report = reports.report(actor, ReportPeriod.of(from, to, zone), filter);
        // Whichever way the report was counted (day counts for agency / level filters), the direct query agrees.
        assertThat(report).as(context).isEqualTo(reports.directReport(actor, ReportPeriod.of(from, to, zone), filter));
        Map<String, long[]> expected = Recount.count(seeds, from, to, zone, scope);
        Map<String, String> actual = new TreeMap<>();
        long[] totals = new long[Cell.values().length];
        for (ResolutionReport.Row row : report.rows()) {
            actual.put(row.agencyCode(), Arrays.toString(values(row.counts())));
            checkIdentities(row.counts(), context + " " + row.agencyCode());
        }
        Map<String, String> wanted = new TreeMap<>();
        expected.forEach((code, counts) -> {
            wanted.put(code, Arrays.toString(counts));
            for (int c = 0; c < totals.length; c++) {
                totals[c] += counts[c];
            }
        });
        assertThat(actual).as(context).isEqualTo(wanted);
        assertThat(values(report.totals())).as(context).containsExactly(totals);
        checkIdentities(report.totals(), context);
        assertThat(report.totals().onTimeRate()).as(context).isEqualTo(totals[Cell.RESOLVED.ordinal()] == 0 ? null
                : percent(totals[Cell.RESOLVED_EARLY.ordinal()] + totals[Cell.RESOLVED_ON_TIME.ordinal()],
                        totals[Cell.RESOLVED.ordinal()]));
        assertThat(report.totals().onlineRate()).as(context).isEqualTo(totals[Cell.RECEIVED.ordinal()] == 0 ? null
                : percent(totals[Cell.RECEIVED_ONLINE.ordinal()], totals[Cell.RECEIVED.ordinal()]));
    }

    /** Two decimals, rounded half up, computed without BigDecimal's division: 100.00 * part / whole. */
    private static java.math.BigDecimal percent(long part, long whole) {
        long scaled = part * 10000;
        long quotient = scaled / whole;
        if ((scaled % whole) * 2 >= whole) {
            quotient++;
        }
        return java.math.BigDecimal.valueOf(quotient, 2);
    }

    static void checkIdentities(ResolutionCounts c, String context) {
        assertThat(c.toHandle()).as(context).isEqualTo(c.received() + c.carriedOver())
                .isEqualTo(c.resolved() + c.withdrawn() + c.inProgress());
        assertThat(c.received()).as(context).isEqualTo(c.receivedOnline() + c.receivedDirect() + c.receivedPostal());
        assertThat(c.resolved()).as(context).isEqualTo(c.resolvedEarly() + c.resolvedOnTime() + c.resolvedLate());
        assertThat(c.inProgress()).as(context).isEqualTo(c.inProgressWithinTime() + c.inProgressOverdue());
    }

    private static long[] values(ResolutionCounts counts) {
        return Arrays.stream(Cell.values()).mapToLong(counts::get).toArray();
    }

    private Predicate<ReportFixtures.Seed> recountScope(ReportFilter f, Set<Long> agencyIds) {
        return d -> agencyIds.contains(d.resolvingAgencyId())
                && (f.level() == null || f.level().name().equals(d.level()))
                && (f.procedure() == null || f.procedure().equals(d.procedure()))
                && (f.field() == null || f.field().equals(d.field()))
                && (f.onlineLevel() == null || f.onlineLevel().equals(d.onlineLevel()))
                && (f.channel() == null || f.channel().name().equals(d.channel()))
                && (f.desk() == null || deskOf(f.desk()).id() == (d.deskId() == null ? -1 : d.deskId()));
    }

    private ReportFilter randomFilter() {
        // The agency filter is always one of this run's agencies, so other tests' dossiers stay out.
        var agency = agencies.get(random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0);
        return new ReportFilter(
                chance() ? AdministrativeLevel.values()[random.nextInt(3)] : null, agency.code(),
                chance() ? run + "P" + random.nextInt(3) : null, chance() ? run + "F" + random.nextInt(2) : null,
                chance() ? RandomDossiers.ONLINE_LEVELS[random.nextInt(3)] : null,
                chance() ? Channel.values()[random.nextInt(3)] : null, chance() ? randomDesk() : null);
    }

    /** A desk of this run, by code or by id: the filter accepts both. */
    private String randomDesk() {
        ReportFixtures.Desk desk = desks.get(random.nextInt(desks.size()));
        return random.nextBoolean() ? desk.code() : Long.toString(desk.id());
    }

    private ReportFixtures.Desk deskOf(String codeOrId) {
        return desks.stream().filter(d -> d.code().equals(codeOrId) || Long.toString(d.id()).equals(codeOrId))
                .findFirst().orElseThrow();
    }

    private boolean chance() {
        return random.nextInt(4) == 0;
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private Long idOf(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static Set<Long> ids(List<ReportFixtures.Agency> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(a -> ids.add(a.id()));
        return ids;
    }
}
