package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java and SQL forms of {@link Timeliness} agree, on the real database (H2 or PostgreSQL): the
 * timeliness of random (finished, due) pairs biased towards the boundaries (equal instants, ±1 s, ±1 ms,
 * local midnight in Hà Nội on either side, the same local day), exactly one SQL condition holding for
 * each pair, overdue on the same pairs both ways round, and the local day of every instant. The seed is
 * fixed (override with {@code -Dmotcua.rules.seed=...}) and printed in every failure message.
 */
@IntegrationTest
class TimelinessRulesTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int OFFSET = 25_200;
    static final long SEED = Long.getLong("motcua.rules.seed", 20_260_309L);
    static final int RANDOM_PAIRS = 400;
    static final int BATCH = 100;
    /** 2000-01-01 to 2060-01-01: after 1975, when the zone's offset stopped changing. */
    static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    static final long TO = Instant.parse("2060-01-01T00:00:00Z").getEpochSecond();

    static List<Pair> pairs;

    @Autowired
    JdbcClient jdbc;

    /** A finished instant {@code f} and a due instant {@code d}, with how the generator chose them. */
    record Pair(String why, Instant f, Instant d) {

        @Override
        public String toString() {
            return why + " f=" + f + " d=" + d;
        }
    }

    /** What the SQL forms say of one pair. */
    record Verdict(String timeliness, Map<Timeliness, Boolean> conditions, long fDay, long dDay, boolean overdueAtF,
            boolean overdueAtD) {
    }

    @BeforeAll
    static void generate() {
        pairs = pairs(new Random(SEED));
    }

    @Test
    void theSqlTimelinessIsTheJavaTimelinessAndExactlyOneConditionHolds() {
        List<Verdict> verdicts = evaluate(pairs);
        List<String> wrong = new ArrayList<>();
        Map<Timeliness, Integer> seen = new EnumMap<>(Timeliness.class);
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Verdict v = verdicts.get(i);
            Timeliness java = Timeliness.of(p.f(), p.d(), OFFSET);
            Timeliness zoned = Timeliness.of(p.f(), p.d(), HANOI);
            seen.merge(java, 1, Integer::sum);
            long holding = v.conditions().values().stream().filter(b -> b).count();
            if (holding != 1) {
                wrong.add(p + ": " + holding + " SQL conditions hold " + v.conditions());
            }
            if (zoned != java) {
                wrong.add(p + ": Java with the zone says " + zoned + ", with the offset " + java);
            }
            if (!java.name().equals(v.timeliness())) {
                wrong.add(p + ": SQL case says " + v.timeliness() + ", Java " + java);
            }
            if (!Boolean.TRUE.equals(v.conditions().get(java))) {
                wrong.add(p + ": SQL condition " + java + " does not hold " + v.conditions());
            }
        }
        assertThat(wrong).as(context()).isEmpty();
        // Not vacuous: every verdict occurs often, including on the boundaries.
        assertThat(seen).as(context()).allSatisfy((t, n) -> assertThat(n).isGreaterThan(30)).hasSize(3);
    }

    @Test
    void theSqlOverdueIsTheJavaOverdueIncludingAtTheDueInstant() {
        List<Verdict> verdicts = evaluate(pairs);
        List<String> wrong = new ArrayList<>();
        int overdue = 0;
        int equal = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Verdict v = verdicts.get(i);
            // The pair read as (due, now) both ways round.
            if (Timeliness.overdue(p.d(), p.f()) != v.overdueAtF()) {
                wrong.add(p + ": due d, now f: SQL overdue " + v.overdueAtF() + ", Java " + Timeliness.overdue(p.d(), p.f()));
            }
            if (Timeliness.overdue(p.f(), p.d()) != v.overdueAtD()) {
                wrong.add(p + ": due f, now d: SQL overdue " + v.overdueAtD() + ", Java " + Timeliness.overdue(p.f(), p.d()));
            }
            overdue += v.overdueAtF() ? 1 : 0;
            equal += p.f().equals(p.d()) ? 1 : 0;
        }
        assertThat(wrong).as(context()).isEmpty();
        assertThat(equal).as(context()).isGreaterThan(20);
        assertThat(overdue).as(context()).isBetween(pairs.size() / 5, pairs.size() * 4 / 5);
    }

    @Test
    void theSqlLocalDayIsTheJavaLocalDay() {
        List<Verdict> verdicts = evaluate(pairs);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Verdict v = verdicts.get(i);
            check(wrong, p, "f", p.f(), v.fDay());
            check(wrong, p, "d", p.d(), v.dDay());
        }
        assertThat(wrong).as(context()).isEmpty();
    }

    private static void check(List<String> wrong, Pair p, String which, Instant instant, long sqlDay) {
        long java = Timeliness.localDay(instant, OFFSET);
        long zoned = instant.atZone(HANOI).toLocalDate().toEpochDay();
        if (java != sqlDay || java != zoned) {
            wrong.add(p + ": local day of " + which + ": SQL " + sqlDay + ", Java " + java + ", zone " + zoned);
        }
    }

    private static String context() {
        return "seed " + SEED + " (-Dmotcua.rules.seed=" + SEED + "), " + pairs.size() + " pairs";
    }

    // ---- SQL ----------------------------------------------------------------------------------------

    private List<Verdict> evaluate(List<Pair> all) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            verdicts.addAll(batch(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return verdicts;
    }

    /** One statement: a {@code union all} of one select per pair, its instants bound as {@code java.sql.Timestamp}. */
    private List<Verdict> batch(List<Pair> batch) {
        List<String> selects = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("offset", OFFSET);
        for (int i = 0; i < batch.size(); i++) {
            String f = "cast(:f" + i + " as timestamp with time zone)";
            String d = "cast(:d" + i + " as timestamp with time zone)";
            params.put("f" + i, Timestamp.from(batch.get(i).f()));
            params.put("d" + i, Timestamp.from(batch.get(i).d()));
            selects.add("select " + i + " as i, case when " + Timeliness.LATE.sqlCondition(f, d) + " then 'LATE' when "
                    + Timeliness.EARLY.sqlCondition(f, d) + " then 'EARLY' when " + Timeliness.ON_TIME.sqlCondition(f, d)
                    + " then 'ON_TIME' end as t, " + flag(Timeliness.EARLY.sqlCondition(f, d)) + " as early, "
                    + flag(Timeliness.ON_TIME.sqlCondition(f, d)) + " as on_time, "
                    + flag(Timeliness.LATE.sqlCondition(f, d)) + " as late, " + Timeliness.localDaySql(f) + " as f_day, "
                    + Timeliness.localDaySql(d) + " as d_day, " + flag(Timeliness.overdueSql(d, f)) + " as overdue_at_f, "
                    + flag(Timeliness.overdueSql(f, d)) + " as overdue_at_d");
        }
        List<Verdict> rows = jdbc.sql(String.join("\nunion all\n", selects) + "\norder by i").params(params)
                .query((rs, n) -> {
                    Map<Timeliness, Boolean> conditions = new EnumMap<>(Timeliness.class);
                    conditions.put(Timeliness.EARLY, rs.getInt("early") == 1);
                    conditions.put(Timeliness.ON_TIME, rs.getInt("on_time") == 1);
                    conditions.put(Timeliness.LATE, rs.getInt("late") == 1);
                    assertThat(rs.getInt("i")).isEqualTo(n);
                    return new Verdict(rs.getString("t"), conditions, rs.getLong("f_day"), rs.getLong("d_day"),
                            rs.getInt("overdue_at_f") == 1, rs.getInt("overdue_at_d") == 1);
                }).list();
        assertThat(rows).hasSize(batch.size());
        return rows;
    }

    private static String flag(String condition) {
        return "case when " + condition + " then 1 else 0 end";
    }

    // ---- The pairs ----------------------------------------------------------------------------------

    /** Hand-picked boundaries, then random pairs of which most sit on a boundary. */
    static List<Pair> pairs(Random r) {
        List<Pair> list = new ArrayList<>();
        Instant due = Instant.parse("2026-03-09T10:00:00Z"); // Monday 09/03 17:00 in Hà Nội
        Instant midnight = Instant.parse("2026-03-09T17:00:00Z"); // Tuesday 10/03 00:00 in Hà Nội
        for (Instant d : List.of(due, midnight, midnight.minusMillis(1), midnight.minusSeconds(1), midnight.plusMillis(1))) {
            for (long ms : new long[] { 0, 1, -1, 1000, -1000, 86_400_000, -86_400_000, 86_400_001, -86_400_001 }) {
                list.add(new Pair("fixed " + ms + " ms", d.plusMillis(ms), d));
            }
        }
        for (int i = 0; i < RANDOM_PAIRS; i++) {
            Instant base = randomInstant(r);
            Instant localMidnight = localMidnight(base);
            switch (r.nextInt(9)) {
                case 0 -> list.add(new Pair("equal", base, base));
                case 1 -> list.add(new Pair("±1 s", base.plusSeconds(r.nextBoolean() ? 1 : -1), base));
                case 2 -> list.add(new Pair("±1 ms", base.plusMillis(r.nextBoolean() ? 1 : -1), base));
                case 3 -> list.add(new Pair("around midnight", localMidnight.plusMillis(nudge(r)),
                        localMidnight.plusMillis(nudge(r))));
                case 4 -> list.add(new Pair("same local day", localMidnight.plusMillis(r.nextInt(86_400_000)),
                        localMidnight.plusMillis(r.nextInt(86_400_000))));
                case 5 -> {
                    // Finished a whole number of local days before (or after) a due instant near midnight.
                    Instant d = localMidnight.plusMillis(nudge(r));
                    list.add(new Pair("days from midnight", d.plusMillis((r.nextInt(5) - 2) * 86_400_000L + nudge(r)), d));
                }
                case 6 -> {
                    // Around UTC midnight (07:00 in Hà Nội): a wrong offset would move the local day here.
                    Instant utc = base.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
                    list.add(new Pair("around UTC midnight", utc.plusMillis(nudge(r)), utc.plusMillis(nudge(r))));
                }
                case 7 -> list.add(new Pair("equal at midnight", localMidnight, localMidnight));
                default -> list.add(new Pair("random", base.plusMillis((long) (r.nextGaussian() * 10 * 86_400_000L)), base));
            }
        }
        return List.copyOf(list);
    }

    /** A random instant with a random millisecond. */
    static Instant randomInstant(Random r) {
        return Instant.ofEpochSecond(FROM + (long) (r.nextDouble() * (TO - FROM)), r.nextInt(1000) * 1_000_000L);
    }

    /** The start of the instant's local day in Hà Nội. */
    static Instant localMidnight(Instant instant) {
        LocalDate day = instant.atZone(HANOI).toLocalDate();
        return day.atStartOfDay(HANOI).toInstant();
    }

    /** 0, ±1 ms, ±1 s or a random offset within an hour, in milliseconds. */
    static long nudge(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> -1;
            case 3 -> 1000;
            case 4 -> -1000;
            default -> r.nextInt(7_200_000) - 3_600_000;
        };
    }
}
