package vn.motcua.dossier.processing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may take each action ({@link Authorization}), as a role × place × action matrix written out
 * here by hand from the {@link Lifecycle} table and DESIGN.md §1 and §4, not computed from the code:
 * a change to who may act must change this table too. Plain JUnit, no Spring.
 */
class AuthorizationMatrixTest {

    private static final long RECEIVING = 10;
    private static final long RESOLVING = 20;
    /** The agency of the processing steps: neither the receiving nor the resolving agency (a SPECIFIC step). */
    private static final long STEP_AGENCY = 30;
    private static final long OTHER = 99;
    private static final long OWNER = 7000;
    private static final long STRANGER = 7001;
    private static final long ASSIGNEE = 500;
    private static final Instant T = Instant.parse("2026-03-09T02:00:00Z");

    /**
     * One row per action and dossier (status/phase, b = before receipt, a = after) and step:
     * <ul>
     * <li>{@code -}: the step the status has: the reception step at the receiving agency before receipt,
     * the return step at the receiving agency once resolved, otherwise an unassigned specialist's step
     * (role SPECIALIST) at the step agency;</li>
     * <li>{@code leader}: a leader's step (role LEADER) at the step agency;</li>
     * <li>{@code assigned}: the specialist's step assigned to officer {@value #ASSIGNEE};</li>
     * <li>{@code none}: no current step.</li>
     * </ul>
     * Then for each role (ADMIN RECEPTION SPECIALIST LEADER CLERK MONITOR) five officers who hold only
     * that role, at (s) the step's agency, (r) the receiving agency, (v) the resolving agency, (o) an
     * unrelated agency, (p) the whole province; then (ap) the citizen who filed it online, (ci) an
     * unrelated citizen, (as) officer {@value #ASSIGNEE}, a specialist at the step's agency, (SL) an officer
     * who is both specialist and leader at the step's agency, (RC) one who is both reception and clerk at
     * the receiving agency.
     * <p>
     * A cell is the role {@link Authorization#check} returns (A R S L C M), {@code a} for the applicant
     * (no role), {@code -} for a 403, {@code !} for a 409 (no current step), {@code ?} for "permitted, in
     * one of the roles the officer holds, which one varies" (see the findings).
     * <p>
     * Rows marked {@code // finding:} reflect what the code does today where it differs from what the
     * rules lead one to expect; the comment says what was expected.
     */
    private static final String MATRIX = """
            #                                               ADMIN RECEP SPECI LEADR CLERK MONIT  ap ci as SL RC
            #                                               srvop srvop srvop srvop srvop srvop
            SUBMIT SUBMITTED/b -                          | ----- ----- ----- ----- ----- ----- | a  -  -  -  -
            RECEIVE SUBMITTED/b -                         | ----- RRR-R ----- ----- ----- ----- | -  -  -  -  R
            REQUEST_SUPPLEMENT_AT_INTAKE SUBMITTED/b -    | ----- RRR-R ----- ----- ----- ----- | -  -  -  -  R
            RESUBMIT SUPPLEMENT_REQUESTED/b -             | ----- ----- ----- ----- ----- ----- | a  -  -  -  -
            REFUSE_INTAKE SUBMITTED/b -                   | ----- RRR-R ----- ----- ----- ----- | -  -  -  -  R
            ASSIGN PROCESSING/a -                         | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            FORWARD PROCESSING/a -                        | ----- ----- S---S ----- ----- ----- | -  -  S  S  -
            SEND_BACK PROCESSING/a -                      | ----- ----- S---S ----- ----- ----- | -  -  S  S  -
            TRANSFER PROCESSING/a -                       | ----- ----- S---S ----- ----- ----- | -  -  S  S  -
            REQUEST_SUPPLEMENT PROCESSING/a -             | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: SL expected S (the step's role); the role is the first of Set.copyOf's order, which varies per JVM
            SUPPLY SUPPLEMENT_REQUESTED/a -               | ----- -RR-R ----- ----- ----- ----- | a  -  -  -  R
            PAUSE PROCESSING/a -                          | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: SL expected S, varies per JVM
            RESUME PAUSED/a -                             | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: SL expected S, varies per JVM
            REQUEST_PAYMENT PROCESSING/a -                | ----- ----- S---S ----- ----- ----- | -  -  S  S  -
            RECORD_PAYMENT AWAITING_PAYMENT/a -           | ----- -RR-R ----- ----- -CC-C ----- | -  -  -  -  ?  // finding: RC expected one fixed role; R or C varies per JVM
            STOP SUPPLEMENT_REQUESTED/a -                 | ----- ----- ----- --L-L ----- ----- | -  -  -  -  -
            WITHDRAW SUBMITTED/b -                        | ----- RRR-R ----- ----- ----- ----- | a  -  -  -  R
            WITHDRAW SUPPLEMENT_REQUESTED/a -             | ----- -RR-R ----- ----- ----- ----- | a  -  -  -  R
            RESOLVE PROCESSING/a -                        | ----- ----- S---S ----- ----- ----- | -  -  S  S  -
            APOLOGIZE SUPPLEMENT_REQUESTED/a -            | ----- ----- ----- --L-L ----- ----- | -  -  -  -  -
            RETURN_RESULT RESOLVED/a -                    | ----- RRR-R ----- ----- ----- ----- | -  -  -  -  R
            IMPORT PROCESSING/a -                         | ----- ----- ----- ----- ----- ----- | -  -  -  -  -
            ASSIGN PROCESSING/a leader                    | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            FORWARD PROCESSING/a leader                   | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            SEND_BACK PROCESSING/a leader                 | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            TRANSFER PROCESSING/a leader                  | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            REQUEST_SUPPLEMENT PROCESSING/a leader        | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: issue 17: specialists (S@s, S@p, as) expected 403 at the leader's step; SL expected L
            PAUSE PROCESSING/a leader                     | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: issue 17: specialists expected 403 at the leader's step; SL expected L
            RESUME PAUSED/a leader                        | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: issue 17: specialists expected 403 at the leader's step; SL expected L
            REQUEST_PAYMENT PROCESSING/a leader           | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            RESOLVE PROCESSING/a leader                   | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            ASSIGN PROCESSING/a assigned                  | ----- ----- ----- L---L ----- ----- | -  -  -  L  -
            FORWARD PROCESSING/a assigned                 | ----- ----- ----- ----- ----- ----- | -  -  S  S  -
            SEND_BACK PROCESSING/a assigned               | ----- ----- ----- ----- ----- ----- | -  -  S  S  -
            TRANSFER PROCESSING/a assigned                | ----- ----- ----- ----- ----- ----- | -  -  S  S  -
            REQUEST_SUPPLEMENT PROCESSING/a assigned      | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: the assignment is ignored: specialists other than the assignee (S@s, S@p) expected 403; SL expected S
            PAUSE PROCESSING/a assigned                   | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: the assignment is ignored: S@s, S@p expected 403; SL expected S
            RESUME PAUSED/a assigned                      | ----- ----- S---S L---L ----- ----- | -  -  S  ?  -  // finding: the assignment is ignored: S@s, S@p expected 403; SL expected S
            REQUEST_PAYMENT PROCESSING/a assigned         | ----- ----- ----- ----- ----- ----- | -  -  S  S  -
            RESOLVE PROCESSING/a assigned                 | ----- ----- ----- ----- ----- ----- | -  -  S  S  -
            ASSIGN PROCESSING/a none                      | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            FORWARD PROCESSING/a none                     | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            SEND_BACK PROCESSING/a none                   | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            TRANSFER PROCESSING/a none                    | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            REQUEST_SUPPLEMENT PROCESSING/a none          | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            PAUSE PROCESSING/a none                       | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            RESUME PAUSED/a none                          | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            REQUEST_PAYMENT PROCESSING/a none             | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            RESOLVE PROCESSING/a none                     | !!!!! !!!!! !!!!! !!!!! !!!!! !!!!! | !  !  !  !  !
            """;

    private static final List<String> EXTRA_COLUMNS = List.of("ap", "ci", "as", "SL", "RC");

    private final Authorization authorization = new Authorization();

    @Test
    void everyActionRoleAndPlaceMatchesTheTable() {
        Map<String, List<String>> expected = parse();
        List<String> generated = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        for (Lifecycle.Rule rule : Lifecycle.rules()) {
            for (Case c : casesOf(rule)) {
                generated.add(c.key());
                List<String> want = expected.get(c.key());
                assertThat(want).as("row " + c.key()).isNotNull();
                List<Column> columns = columns(c.dossier());
                assertThat(want).as(c.key()).hasSize(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    String got = outcome(column.actor(), c.dossier(), rule.action());
                    String cell = want.get(i);
                    boolean matches = cell.equals("?") ? isOneOfHeld(got, column.actor(), rule) : cell.equals(got);
                    if (!matches) {
                        mismatches.add(c.key() + " " + column.name() + ": expected " + cell + ", got " + got);
                    }
                    assertThat(authorization.permits(column.actor(), c.dossier(), rule.action()))
                            .as(c.key() + " " + column.name() + " permits").isEqualTo(!got.equals("-") && !got.equals("!"));
                    cases++;
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(generated).as("one row per case, none left over").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(cases).isEqualTo(expected.size() * (Role.staff().size() * 5 + EXTRA_COLUMNS.size()));
    }

    /** The status a dossier is in does not change who may act: every start status answers as the row's. */
    @Test
    void theAnswerDoesNotDependOnWhichStartStatus() {
        for (Lifecycle.Rule rule : Lifecycle.rules()) {
            for (boolean received : new boolean[] { false, true }) {
                DossierStatus picked = pick(rule, received);
                if (picked == null || rule.from().isEmpty()) {
                    continue;
                }
                Dossier reference = dossier(picked, received, naturalStep(picked, received));
                List<String> want = columns(reference).stream().map(col -> outcome(col.actor(), reference, rule.action())).toList();
                for (DossierStatus status : rule.from()) {
                    if (!rule.startsFrom(status, received)) {
                        continue;
                    }
                    Dossier d = dossier(status, received, naturalStep(status, received));
                    List<String> got = columns(d).stream().map(col -> outcome(col.actor(), d, rule.action())).toList();
                    assertThat(got).as(rule.action() + " " + status + "/" + (received ? "a" : "b")).isEqualTo(want);
                }
            }
        }
    }

    /** A dossier filed at the counter has no owner account: no citizen acts on it as its applicant. */
    @Test
    void aCounterDossierHasNoApplicantAccount() {
        Dossier online = dossier(DossierStatus.SUPPLEMENT_REQUESTED, true, processingStep(Role.SPECIALIST, null));
        Dossier counter = new Dossier(online.id(), online.code(), online.status(), null, online.procedure(),
                new Dossier.Placement(RESOLVING, RECEIVING, 1L, Channel.DIRECT, Delivery.COUNTER), online.step(),
                online.timeline(), null, new Dossier.Filing("Nguyễn Văn A", null, null, null), 0);
        Actor citizen = citizen(OWNER);
        assertThat(outcome(citizen, online, DossierAction.SUPPLY)).isEqualTo("a");
        assertThat(outcome(citizen, counter, DossierAction.SUPPLY)).isEqualTo("-");
        assertThat(outcome(citizen, counter, DossierAction.WITHDRAW)).isEqualTo("-");
    }

    // ---- cases -------------------------------------------------------------------------------

    private record Case(String key, Dossier dossier) {
    }

    private record Column(String name, Actor actor) {
    }

    /** The rows of a rule: its natural dossier for each phase it allows, and the step variants for a STEP action. */
    private static List<Case> casesOf(Lifecycle.Rule rule) {
        List<Case> cases = new ArrayList<>();
        for (boolean received : new boolean[] { false, true }) {
            DossierStatus status = pick(rule, received);
            if (status == null) {
                continue;
            }
            String head = rule.action() + " " + status + "/" + (received ? "a" : "b") + " ";
            cases.add(new Case(head + "-", dossier(status, received, naturalStep(status, received))));
            if (rule.place() == Lifecycle.Place.STEP) {
                cases.add(new Case(head + "leader", dossier(status, received, processingStep(Role.LEADER, null))));
                cases.add(new Case(head + "assigned",
                        dossier(status, received, processingStep(Role.SPECIALIST, ASSIGNEE))));
                cases.add(new Case(head + "none", dossier(status, received, Dossier.CurrentStep.NONE)));
            }
        }
        return cases;
    }

    /**
     * The first status (in declaration order) the rule starts from in that phase. SUBMIT and IMPORT,
     * which no status starts, are checked on the dossier they produce: just filed, and received.
     */
    private static DossierStatus pick(Lifecycle.Rule rule, boolean received) {
        if (rule.from().isEmpty()) {
            if (rule.action() == DossierAction.SUBMIT) {
                return received ? null : DossierStatus.SUBMITTED;
            }
            return received ? DossierStatus.PROCESSING : null;
        }
        for (DossierStatus status : DossierStatus.values()) {
            if (rule.startsFrom(status, received)) {
                return status;
            }
        }
        return null;
    }

    private static Dossier.CurrentStep naturalStep(DossierStatus status, boolean received) {
        if (!received) {
            return new Dossier.CurrentStep(0, 0, RECEIVING, Role.RECEPTION, null, T, null);
        }
        if (status == DossierStatus.RESOLVED) {
            return new Dossier.CurrentStep(3, 0, RECEIVING, Role.RECEPTION, null, T, T.plusSeconds(86_400));
        }
        return processingStep(Role.SPECIALIST, null);
    }

    private static Dossier.CurrentStep processingStep(Role role, Long assignee) {
        return new Dossier.CurrentStep(2, 0, STEP_AGENCY, role, assignee, T, T.plusSeconds(86_400));
    }

    private static Dossier dossier(DossierStatus status, boolean received, Dossier.CurrentStep step) {
        return new Dossier(1, "D10-260309-0001", status, null,
                new Dossier.Procedure("9.TEST", 1, "Thủ tục thử", "LV", "PROVINCE", "FULL"),
                new Dossier.Placement(RESOLVING, RECEIVING, null, Channel.ONLINE, Delivery.ONLINE), step,
                new Dossier.Timeline(T.minusSeconds(3600), received ? T : null, received ? T.plusSeconds(5 * 86_400) : null,
                        null, null, null, null, 0),
                null, new Dossier.Filing("Nguyễn Văn A", OWNER, null, null), 0);
    }

    /** The actors of the columns, in the table's order, placed relative to this dossier. */
    private static List<Column> columns(Dossier d) {
        long stepAgency = d.step().agencyId() == null ? STEP_AGENCY : d.step().agencyId();
        Map<String, AgencyScope> places = new LinkedHashMap<>();
        places.put("s", scope(stepAgency));
        places.put("r", scope(RECEIVING));
        places.put("v", scope(RESOLVING));
        places.put("o", scope(OTHER));
        places.put("p", AgencyScope.PROVINCE);
        List<Column> columns = new ArrayList<>();
        long n = 0;
        for (Role role : Role.staff()) {
            for (var place : places.entrySet()) {
                n++;
                columns.add(new Column(role + "@" + place.getKey(),
                        officer(1000 + n, 2000 + n, Map.of(role, place.getValue()))));
            }
        }
        columns.add(new Column("ap", citizen(OWNER)));
        columns.add(new Column("ci", citizen(STRANGER)));
        columns.add(new Column("as", officer(1500, ASSIGNEE, Map.of(Role.SPECIALIST, scope(stepAgency)))));
        columns.add(new Column("SL", officer(1600, 2600,
                Map.of(Role.SPECIALIST, scope(stepAgency), Role.LEADER, scope(stepAgency)))));
        columns.add(new Column("RC", officer(1700, 2700,
                Map.of(Role.RECEPTION, scope(RECEIVING), Role.CLERK, scope(RECEIVING)))));
        return columns;
    }

    private static AgencyScope scope(long agency) {
        return new AgencyScope(false, Set.of(agency));
    }

    private static Actor officer(long accountId, long officerId, Map<Role, AgencyScope> roles) {
        return new Actor(accountId, "u" + accountId, "Cán bộ " + accountId, Actor.Kind.OFFICER, officerId, roles);
    }

    private static Actor citizen(long accountId) {
        return new Actor(accountId, "c" + accountId, "Công dân " + accountId, Actor.Kind.CITIZEN, null, Map.of());
    }

    // ---- outcomes ----------------------------------------------------------------------------

    private static final Map<Role, String> LETTER = new EnumMap<>(Map.of(Role.ADMIN, "A", Role.RECEPTION, "R",
            Role.SPECIALIST, "S", Role.LEADER, "L", Role.CLERK, "C", Role.MONITOR, "M"));

    private String outcome(Actor actor, Dossier d, DossierAction action) {
        try {
            Role role = authorization.check(actor, d, action);
            return role == null ? "a" : LETTER.get(role);
        } catch (ProblemException e) {
            return switch (e.status().value()) {
                case 403 -> "-";
                case 409 -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.noStep");
                    yield "!";
                }
                default -> "status " + e.status().value();
            };
        }
    }

    /** '?': permitted in one of the roles the actor holds that the action names. */
    private static boolean isOneOfHeld(String got, Actor actor, Lifecycle.Rule rule) {
        Set<String> letters = new LinkedHashSet<>();
        actor.roles().keySet().stream().filter(rule.roles()::contains).forEach(r -> letters.add(LETTER.get(r)));
        return letters.size() > 1 && letters.contains(got);
    }

    private static Map<String, List<String>> parse() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String raw : MATRIX.strip().split("\n")) {
            String line = raw.contains("//") ? raw.substring(0, raw.indexOf("//")) : raw;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            String key = parts[0].strip().replaceAll("\\s+", " ");
            List<String> cells = new ArrayList<>();
            for (String group : parts[1].strip().split("\\s+")) {
                assertThat(group).as(key).hasSize(5);
                group.chars().forEach(ch -> cells.add(String.valueOf((char) ch)));
            }
            for (String cell : parts[2].strip().split("\\s+")) {
                cells.add(cell);
            }
            assertThat(rows.put(key, cells)).as("duplicate row " + key).isNull();
        }
        return rows;
    }
}
