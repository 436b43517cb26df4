package vn.motcua.dossier.processing;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two forms of {@link Visibility} agree: {@link Visibility#canSee} on a {@link Dossier} and the SQL
 * {@link Visibility#condition} over a derived table holding the same dossier facts (owner, resolving,
 * receiving and step agency), on the real database, for random actors (officers with random roles at
 * random agencies of a small set, some province-wide; citizens; API clients with and without roles) and
 * random dossiers. Scopes are explicit agency id sets, as {@code AgencyScope} holds them once the tree is
 * resolved at login. The seed is fixed (override with {@code -Dmotcua.rules.seed=...}) and printed on failure.
 */
@IntegrationTest
class VisibilityRulesTest {

    static final long SEED = Long.getLong("motcua.rules.seed", 20_260_309L);
    static final long[] AGENCIES = { 9_000_001, 9_000_002, 9_000_003, 9_000_004, 9_000_005 };
    /** An agency in no actor's scope. */
    static final long NOBODY_S_AGENCY = 9_000_099;
    static final long[] ACCOUNTS = { 8_000_001, 8_000_002, 8_000_003, 8_000_004 };
    static final int ACTORS = 120;
    static final int DOSSIERS = 60;

    @Autowired
    JdbcClient jdbc;

    /** The facts the rule reads: the applicant's account (or none) and the three agencies (step maybe none). */
    record Facts(Long owner, long resolving, long receiving, Long step) {
    }

    @Test
    void canSeeIsTheSqlConditionForRandomActorsAndDossiers() {
        Random r = new Random(SEED);
        List<Facts> dossiers = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            dossiers.add(randomFacts(r));
        }
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        int visible = 0;
        for (int a = 0; a < ACTORS; a++) {
            Actor actor = randomActor(r, a);
            Set<Integer> sql = visibleInSql(actor, dossiers);
            for (int i = 0; i < dossiers.size(); i++) {
                Facts facts = dossiers.get(i);
                boolean java = Visibility.canSee(actor, dossier(i, facts));
                reasons.merge(reason(actor, facts), 1, Integer::sum);
                visible += java ? 1 : 0;
                if (java != sql.contains(i)) {
                    wrong.add(actor + " / " + facts + ": canSee " + java + ", SQL " + sql.contains(i));
                }
            }
        }
        assertThat(wrong).as(context() + ", " + wrong.size() + " disagreements").isEmpty();
        // Not vacuous: each way of seeing a dossier, alone, and not seeing it, occurs many times.
        assertThat(reasons).as(context() + " " + reasons).containsOnlyKeys("owner only", "resolving agency only",
                "receiving agency only", "step agency only", "province", "several", "none")
                .allSatisfy((why, n) -> assertThat(n).as(why).isGreaterThan(40));
        assertThat(visible).as(context()).isBetween(ACTORS * DOSSIERS / 10, ACTORS * DOSSIERS * 9 / 10);
    }

    private static String context() {
        return "seed " + SEED + " (-Dmotcua.rules.seed=" + SEED + ")";
    }

    /** The indexes of the dossiers the SQL condition lets the actor see: one {@code union all} statement per actor. */
    private Set<Integer> visibleInSql(Actor actor, List<Facts> dossiers) {
        Visibility.Condition condition = Visibility.condition(actor);
        Map<String, Object> params = new HashMap<>(condition.params());
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < dossiers.size(); i++) {
            Facts f = dossiers.get(i);
            params.put("factOwner" + i, new SqlParameterValue(Types.BIGINT, f.owner()));
            params.put("factRes" + i, new SqlParameterValue(Types.BIGINT, f.resolving()));
            params.put("factRec" + i, new SqlParameterValue(Types.BIGINT, f.receiving()));
            params.put("factStep" + i, new SqlParameterValue(Types.BIGINT, f.step()));
            selects.add("select " + i + " as i from (select cast(:factOwner" + i + " as bigint) as owner_account_id, "
                    + "cast(:factRes" + i + " as bigint) as resolving_agency_id, cast(:factRec" + i
                    + " as bigint) as receiving_agency_id, cast(:factStep" + i + " as bigint) as step_agency_id) d where "
                    + condition.sql());
        }
        return new HashSet<>(jdbc.sql(String.join("\nunion all\n", selects)).params(params).query(Integer.class).list());
    }

    /** Why the actor sees the dossier, worked out from the facts (not through {@link Visibility}), for coverage. */
    private static String reason(Actor actor, Facts f) {
        boolean province = false;
        Set<Long> ids = new HashSet<>();
        for (Role role : Role.values()) {
            province |= actor.scopeOf(role).wholeProvince();
            ids.addAll(actor.scopeOf(role).agencyIds());
        }
        List<String> why = new ArrayList<>();
        if (f.owner() != null && f.owner() == actor.accountId()) {
            why.add("owner only");
        }
        if (province) {
            why.add("province");
        }
        if (ids.contains(f.resolving())) {
            why.add("resolving agency only");
        }
        if (ids.contains(f.receiving())) {
            why.add("receiving agency only");
        }
        if (f.step() != null && ids.contains(f.step())) {
            why.add("step agency only");
        }
        return why.isEmpty() ? "none" : why.size() == 1 ? why.get(0) : "several";
    }

    // ---- Random actors and dossiers -----------------------------------------------------------------

    private static Actor randomActor(Random r, int n) {
        long account = ACCOUNTS[r.nextInt(ACCOUNTS.length)];
        return switch (r.nextInt(4)) {
            case 0 -> new Actor(account, "citizen" + n, "Công dân " + n, Actor.Kind.CITIZEN, null, Map.of());
            case 1 -> new Actor(account, "api" + n, "Ứng dụng " + n, Actor.Kind.API_CLIENT, null,
                    r.nextBoolean() ? Map.of() : randomRoles(r, 2));
            default -> new Actor(account, "officer" + n, "Cán bộ " + n, Actor.Kind.OFFICER, 7_000_000L + n,
                    randomRoles(r, 3));
        };
    }

    /** Up to {@code max} roles, each province-wide (rarely) or at one to three agencies of the set. */
    private static Map<Role, AgencyScope> randomRoles(Random r, int max) {
        Map<Role, AgencyScope> roles = new EnumMap<>(Role.class);
        int count = r.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            Role role = Role.values()[r.nextInt(Role.values().length)];
            int kind = r.nextInt(20);
            AgencyScope scope;
            if (kind == 0) {
                scope = AgencyScope.PROVINCE;
            } else if (kind == 1) {
                scope = new AgencyScope(true, agencies(r, 1)); // province-wide with an assignment as well
            } else if (kind == 2) {
                scope = AgencyScope.NONE; // a role held nowhere
            } else {
                scope = new AgencyScope(false, agencies(r, 1 + r.nextInt(3)));
            }
            roles.put(role, scope);
        }
        return roles;
    }

    private static Set<Long> agencies(Random r, int count) {
        Set<Long> ids = new HashSet<>();
        while (ids.size() < count) {
            ids.add(AGENCIES[r.nextInt(AGENCIES.length)]);
        }
        return ids;
    }

    private static Facts randomFacts(Random r) {
        Long owner = r.nextInt(3) == 0 ? null : ACCOUNTS[r.nextInt(ACCOUNTS.length)];
        Long step = r.nextInt(3) == 0 ? null : agency(r);
        return new Facts(owner, agency(r), agency(r), step);
    }

    /** One of the set, or now and then an agency in nobody's scope. */
    private static long agency(Random r) {
        return r.nextInt(6) == 0 ? NOBODY_S_AGENCY : AGENCIES[r.nextInt(AGENCIES.length)];
    }

    /** A valid dossier with these facts; the other fields are arbitrary. */
    static Dossier dossier(int n, Facts f) {
        Instant submitted = Instant.parse("2026-03-02T02:00:00Z");
        Instant received = submitted.plusSeconds(3600);
        Instant due = received.plusSeconds(10 * 86_400);
        boolean inProcess = f.step() != null;
        Dossier.CurrentStep step = inProcess
                ? new Dossier.CurrentStep(1, 0, f.step(), Role.SPECIALIST, null, received, due)
                : Dossier.CurrentStep.NONE;
        return new Dossier(1_000 + n, "000.00.00.H00-260302-" + String.format("%04d", n),
                inProcess ? DossierStatus.PROCESSING : DossierStatus.RETURNED, inProcess ? null : "APPROVED",
                new Dossier.Procedure("1.000001", 1, "Thủ tục thử", "LV01", "PROVINCE", "FULL"),
                new Dossier.Placement(f.resolving(), f.receiving(), null, f.owner() != null ? Channel.ONLINE : Channel.DIRECT,
                        Delivery.COUNTER),
                step,
                new Dossier.Timeline(submitted, received, due, null, null, inProcess ? null : due.minusSeconds(86_400),
                        inProcess ? null : due, 0),
                new Applicant(Applicant.Kind.CITIZEN, "Nguyễn Văn An", "001090000001", null, "0912345678", null,
                        "Hà Nội", null),
                new Dossier.Filing("Nguyễn Văn An", f.owner(), "Hồ sơ thử " + n, "2025"), 0);
    }
}
