package vn.motcua.dossier.processing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DecidedDay;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.SupplementRule;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.AgencyType;
import vn.motcua.organization.OfficerRef;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each action does to the next state beyond its status ({@link StepMoves}), without Spring or a
 * database: the real working calendar (a decided day off, the resolving agency with its own office
 * hours), agencies and officers from maps. Times are written in the business zone (UTC+7); the due
 * instants are counted by hand from docs/deadlines.md: a limit in days ends at the close of the N-th
 * working day after the day of receipt, a limit in hours counts office hours only.
 */
class StepMovesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long PARENT = 1;
    private static final long RECEIVING = 10;
    private static final long RESOLVING = 20;
    private static final long APPROVING = 30;
    private static final long SECOND_IN_CHAIN = 40;
    private static final long OTHER = 99;

    /** Friday 13/3/2026 is decided a day off: March 2026 has no public holiday by rule. */
    private static final List<DecidedDay> DECIDED = List.of(
            new DecidedDay(null, LocalDate.of(2026, 3, 13), DayKind.DAY_OFF, "Nghỉ (thử)", "QĐ thử"));
    /** The province default, 07:30–11:30 and 13:30–17:00. */
    private static final WorkingCalendar PROVINCE = WorkingCalendar.of(ZONE, OfficeHours.PROVINCE_DEFAULT, DECIDED);
    /** The resolving agency's own hours, 07:00–11:00 and 13:00–16:00 (7 hours a day). */
    private static final WorkingCalendar AT_RESOLVING = WorkingCalendar.of(ZONE,
            new OfficeHours(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(16, 0)),
            DECIDED);

    private static final Map<Long, AgencyRef> AGENCIES = Stream.of(
            agency(PARENT, null), agency(RECEIVING, PARENT), agency(RESOLVING, PARENT), agency(APPROVING, PARENT),
            agency(SECOND_IN_CHAIN, PARENT), agency(OTHER, null))
            .collect(Collectors.toMap(AgencyRef::id, Function.identity()));

    private static final Map<Long, OfficerRef> OFFICERS = Map.of(
            500L, officer(500, RESOLVING, true),
            501L, officer(501, RESOLVING, true),
            502L, officer(502, RESOLVING, false),
            503L, officer(503, OTHER, true),
            504L, officer(504, PARENT, true),
            505L, officer(505, RESOLVING, true));
    private static final Map<Long, List<RoleAssignment>> ROLES = Map.of(
            500L, List.of(new RoleAssignment(Role.SPECIALIST, RESOLVING)),
            501L, List.of(new RoleAssignment(Role.LEADER, RESOLVING)),
            502L, List.of(new RoleAssignment(Role.SPECIALIST, RESOLVING)),
            503L, List.of(new RoleAssignment(Role.SPECIALIST, null)),
            504L, List.of(new RoleAssignment(Role.SPECIALIST, PARENT)),
            505L, List.of(new RoleAssignment(Role.SPECIALIST, OTHER)));

    private static final TimeLimit FIVE_DAYS = TimeLimit.days("5");

    /** Receive (4 h), appraise at the resolving agency (16 h), approve at agency 30 (8 h), return. */
    private static final ProcedureDefinition PLAIN = procedure(List.of(), List.of(
            step("Tiếp nhận", Role.RECEPTION, StepAgency.RESOLVING, "4"),
            step("Thẩm định", Role.SPECIALIST, StepAgency.RESOLVING, "16"),
            new ProcessStep("Phê duyệt", Role.LEADER, StepAgency.SPECIFIC, "CQ30", TimeLimit.hours("8")),
            step("Trả kết quả", Role.RECEPTION, StepAgency.RESOLVING, "0")));

    /** Interconnected: appraise at the first agency, then appraise and approve at the second of the chain. */
    private static final ProcedureDefinition CHAIN = procedure(List.of("CQ20", "CQ40"), List.of(
            step("Tiếp nhận", Role.RECEPTION, StepAgency.RESOLVING, "4"),
            step("Thẩm định tại cơ quan thứ nhất", Role.SPECIALIST, StepAgency.RESOLVING, "8"),
            step("Thẩm định tại cơ quan thứ hai", Role.SPECIALIST, StepAgency.NEXT_IN_CHAIN, "8"),
            step("Phê duyệt", Role.LEADER, StepAgency.NEXT_IN_CHAIN, "8"),
            step("Trả kết quả", Role.RECEPTION, StepAgency.RESOLVING, "0")));

    private final Deadlines deadlines = new Deadlines(id -> id == RESOLVING ? AT_RESOLVING : PROVINCE);
    private final ProcessPlans plans = new ProcessPlans((code, version) -> Optional.empty(),
            id -> Optional.ofNullable(AGENCIES.get(id)),
            code -> AGENCIES.values().stream().filter(a -> a.code().equals(code)).findFirst());
    private final StepMoves moves = moves(SupplementRule.PAUSE);

    // ---- receipt -----------------------------------------------------------------------------

    @Test
    void receiveStartsTheClockInTheResolvingAgencysCalendarAndEntersTheFirstProcessingStep() {
        Dossier d = submitted();
        Instant now = local("2026-03-09T09:00");

        Change c = apply(DossierAction.RECEIVE, d, PLAIN, ActionInput.of(null), now);

        assertThat(c.status).isEqualTo(DossierStatus.PROCESSING);
        assertThat(c.receivedAt).isEqualTo(now);
        // 5 working days after Monday 9/3: 10, 11, 12, (13 off), 16, 17; at the resolving agency's close (16:00).
        assertThat(c.dueAt).isEqualTo(local("2026-03-17T16:00"));
        assertThat(c.stepIndex).isEqualTo(1);
        assertThat(c.chainIndex).isZero();
        assertThat(c.stepAgencyId).isEqualTo(RESOLVING);
        assertThat(c.stepRole).isEqualTo(Role.SPECIALIST);
        assertThat(c.assigneeId).isNull();
        assertThat(c.stepStartedAt).isEqualTo(now);
        // 16 h at the resolving agency: Mon 09–11 and 13–16 (5 h), Tue 7 h, Wed 07–11 (4 h).
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-11T11:00"));
        assertThat(c.clockStoppedAt).isNull();
        assertThat(c.finishedAt).isNull();
    }

    @Test
    void receiveNeedsAProcessWithAStepBetweenReceptionAndReturn() {
        ProcedureDefinition short_ = procedure(List.of(), List.of(
                step("Tiếp nhận", Role.RECEPTION, StepAgency.RESOLVING, "4"),
                step("Trả kết quả", Role.RECEPTION, StepAgency.RESOLVING, "0")));
        assertThat(moves.blocked(DossierAction.RECEIVE, submitted(), short_, short_.process()))
                .contains("dossier.process.tooShort");
        assertConflict("dossier.process.tooShort",
                () -> apply(DossierAction.RECEIVE, submitted(), short_, ActionInput.of(null), local("2026-03-09T09:00")));
    }

    // ---- moving along the process --------------------------------------------------------------

    @Test
    void forwardEntersTheNextStepAtItsAgencyWithItsShareAndNoAssignee() {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, 500L, local("2026-03-11T11:00")));
        Instant now = local("2026-03-11T10:00");

        Change c = apply(DossierAction.FORWARD, d, PLAIN, ActionInput.of(null), now);

        assertThat(c.stepIndex).isEqualTo(2);
        assertThat(c.chainIndex).isZero();
        assertThat(c.stepAgencyId).as("a SPECIFIC step at agency CQ30").isEqualTo(APPROVING);
        assertThat(c.stepRole).isEqualTo(Role.LEADER);
        assertThat(c.assigneeId).isNull();
        assertThat(c.stepStartedAt).isEqualTo(now);
        // 8 h in the province calendar: Wed 10:00–11:30 and 13:30–17:00 (5 h), Thu 07:30–10:30.
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-12T10:30"));
        assertThat(c.dueAt).as("the dossier's due instant does not move").isEqualTo(d.timeline().dueAt());
    }

    @Test
    void forwardIsBlockedAtTheLastProcessingStepAndBeforeTheNextAgencyOfAChain() {
        Dossier atApproval = processing(step(2, 0, APPROVING, Role.LEADER, null, null));
        assertThat(moves.blocked(DossierAction.FORWARD, atApproval, PLAIN, PLAIN.process()))
                .contains("dossier.forward.resolveInstead");
        assertConflict("dossier.forward.resolveInstead",
                () -> apply(DossierAction.FORWARD, atApproval, PLAIN, ActionInput.of(null), local("2026-03-11T10:00")));

        Dossier atFirstAgency = processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, null));
        assertThat(moves.blocked(DossierAction.FORWARD, atFirstAgency, CHAIN, CHAIN.process()))
                .contains("dossier.forward.transferInstead");
        assertThat(moves.blocked(DossierAction.FORWARD, atFirstAgency, PLAIN, PLAIN.process())).isEmpty();
    }

    @Test
    void sendBackReturnsToThePreviousStepWithANote() {
        Dossier d = processing(step(2, 0, APPROVING, Role.LEADER, null, local("2026-03-12T10:30")));
        Instant now = local("2026-03-12T08:00");

        assertInvalid(List.of("note"), () -> apply(DossierAction.SEND_BACK, d, PLAIN, ActionInput.of(" "), now));
        Change c = apply(DossierAction.SEND_BACK, d, PLAIN, ActionInput.of("Thiếu chữ ký"), now);

        assertThat(c.stepIndex).isEqualTo(1);
        assertThat(c.stepAgencyId).isEqualTo(RESOLVING);
        assertThat(c.stepRole).isEqualTo(Role.SPECIALIST);
        assertThat(c.stepStartedAt).isEqualTo(now);
        // 16 h at the resolving agency: Thu 08–11 and 13–16 (6 h), (Fri off), Mon 7 h, Tue 07–10.
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-17T10:00"));
    }

    @Test
    void sendBackIsBlockedAtTheFirstProcessingStep() {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, null));
        assertThat(moves.blocked(DossierAction.SEND_BACK, d, PLAIN, PLAIN.process())).contains("dossier.sendBack.first");
        assertConflict("dossier.sendBack.first",
                () -> apply(DossierAction.SEND_BACK, d, PLAIN, ActionInput.of("Lý do"), local("2026-03-11T10:00")));
    }

    @Test
    void transferMovesToTheNextAgencyOfTheChainAndForwardStaysThere() {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, 500L, local("2026-03-10T16:00")));
        Instant now = local("2026-03-11T10:00");

        Change c = apply(DossierAction.TRANSFER, d, CHAIN, ActionInput.of(null), now);

        assertThat(c.stepIndex).isEqualTo(2);
        assertThat(c.chainIndex).isEqualTo(1);
        assertThat(c.stepAgencyId).isEqualTo(SECOND_IN_CHAIN);
        assertThat(c.stepRole).isEqualTo(Role.SPECIALIST);
        assertThat(c.assigneeId).isNull();
        // 8 h in the second agency's (the province) calendar from Wed 10:00.
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-12T10:30"));

        Dossier atSecond = c.of(d);
        assertThat(moves.blocked(DossierAction.FORWARD, atSecond, CHAIN, CHAIN.process())).isEmpty();
        Change next = apply(DossierAction.FORWARD, atSecond, CHAIN, ActionInput.of(null), local("2026-03-12T09:00"));
        assertThat(next.stepIndex).isEqualTo(3);
        assertThat(next.chainIndex).isEqualTo(1);
        assertThat(next.stepAgencyId).isEqualTo(SECOND_IN_CHAIN);
        assertThat(next.stepRole).isEqualTo(Role.LEADER);
    }

    @Test
    void transferIsBlockedWithoutANextAgency() {
        Dossier plain = processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, null));
        assertThat(moves.blocked(DossierAction.TRANSFER, plain, PLAIN, PLAIN.process()))
                .as("the next step is not NEXT_IN_CHAIN").contains("dossier.transfer.noNextAgency");

        Dossier atLastAgency = processing(step(2, 1, SECOND_IN_CHAIN, Role.SPECIALIST, null, null));
        assertThat(moves.blocked(DossierAction.TRANSFER, atLastAgency, CHAIN, CHAIN.process()))
                .as("already at the chain's last agency").contains("dossier.transfer.noNextAgency");

        Dossier atApproval = processing(step(3, 1, SECOND_IN_CHAIN, Role.LEADER, null, null));
        assertThat(moves.blocked(DossierAction.TRANSFER, atApproval, CHAIN, CHAIN.process()))
                .as("the next step is the return").contains("dossier.transfer.noNextAgency");
        assertConflict("dossier.transfer.noNextAgency",
                () -> apply(DossierAction.TRANSFER, plain, PLAIN, ActionInput.of(null), local("2026-03-11T10:00")));
    }

    // ---- result --------------------------------------------------------------------------------

    @Test
    void resolveRecordsTheResultAndEntersTheReturnStepDueWithTheDossier() {
        Dossier d = processing(step(2, 0, APPROVING, Role.LEADER, 501L, local("2026-03-12T10:30")));
        Instant now = local("2026-03-12T09:00");

        Change approved = apply(DossierAction.RESOLVE, d, PLAIN, resolution("APPROVED", null), now);

        assertThat(approved.status).isEqualTo(DossierStatus.RESOLVED);
        assertThat(approved.result).isEqualTo("APPROVED");
        assertThat(approved.finishedAt).isEqualTo(now);
        assertThat(approved.stepIndex).isEqualTo(3);
        assertThat(approved.stepAgencyId).as("the return happens at the receiving agency").isEqualTo(RECEIVING);
        assertThat(approved.stepRole).isEqualTo(Role.RECEPTION);
        assertThat(approved.assigneeId).isNull();
        assertThat(approved.stepDueAt).isEqualTo(d.timeline().dueAt());

        Change denied = apply(DossierAction.RESOLVE, d, PLAIN, resolution("DENIED", "Không đủ điều kiện"), now);
        assertThat(denied.result).isEqualTo("DENIED");
        assertThat(denied.stepIndex).isEqualTo(3);
    }

    @Test
    void resolveNeedsAResultAndADenialAReason() {
        Dossier d = processing(step(2, 0, APPROVING, Role.LEADER, null, null));
        Instant now = local("2026-03-12T09:00");
        assertInvalid(List.of("result"), () -> apply(DossierAction.RESOLVE, d, PLAIN, resolution(null, "x"), now));
        assertInvalid(List.of("result"), () -> apply(DossierAction.RESOLVE, d, PLAIN, resolution("MAYBE", "x"), now));
        assertInvalid(List.of("note"), () -> apply(DossierAction.RESOLVE, d, PLAIN, resolution("DENIED", " "), now));
    }

    @Test
    void afterAnApologyTheReturnStepIsDueAtTheNewAppointment() {
        Dossier late = withTimeline(processing(step(2, 0, APPROVING, Role.LEADER, null, null)),
                local("2026-03-20T16:00"), null);
        Change c = apply(DossierAction.RESOLVE, late, PLAIN, resolution("APPROVED", null), local("2026-03-18T09:00"));
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-20T16:00"));
        assertThat(c.dueAt).isEqualTo(late.timeline().dueAt());
    }

    @Test
    void resolveIsBlockedBeforeTheLastProcessingStep() {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, null));
        assertThat(moves.blocked(DossierAction.RESOLVE, d, PLAIN, PLAIN.process())).contains("dossier.resolve.notLastStep");
        assertConflict("dossier.resolve.notLastStep",
                () -> apply(DossierAction.RESOLVE, d, PLAIN, resolution("APPROVED", null), local("2026-03-11T10:00")));
        Dossier atSecondAgency = processing(step(2, 1, SECOND_IN_CHAIN, Role.SPECIALIST, null, null));
        assertThat(moves.blocked(DossierAction.RESOLVE, atSecondAgency, CHAIN, CHAIN.process()))
                .contains("dossier.resolve.notLastStep");
        Dossier atChainApproval = processing(step(3, 1, SECOND_IN_CHAIN, Role.LEADER, null, null));
        assertThat(moves.blocked(DossierAction.RESOLVE, atChainApproval, CHAIN, CHAIN.process())).isEmpty();
    }

    @Test
    void returnResultClearsTheStep() {
        Dossier resolved = withStatus(processing(step(3, 0, RECEIVING, Role.RECEPTION, null, local("2026-03-17T16:00"))),
                DossierStatus.RESOLVED);
        Instant now = local("2026-03-16T15:00");

        Change c = apply(DossierAction.RETURN_RESULT, resolved, PLAIN, ActionInput.of(null), now);

        assertThat(c.status).isEqualTo(DossierStatus.RETURNED);
        assertThat(c.returnedAt).isEqualTo(now);
        assertThat(c.stepIndex).isNull();
        assertThat(c.stepAgencyId).isNull();
        assertThat(c.stepRole).isNull();
        assertThat(c.assigneeId).isNull();
        assertThat(c.stepDueAt).isNull();
        assertThat(c.dueAt).isEqualTo(resolved.timeline().dueAt());
    }

    // ---- the clock stops and runs again ---------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = { "REQUEST_SUPPLEMENT", "PAUSE", "REQUEST_PAYMENT" })
    void stoppingTheClockNeedsANoteAndKeepsTheDueInstants(DossierAction action) {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, 500L, local("2026-03-11T11:00")));
        Instant now = local("2026-03-09T14:00");

        assertInvalid(List.of("note"), () -> apply(action, d, PLAIN, ActionInput.of(null), now));
        Change c = apply(action, d, PLAIN, ActionInput.of("Bổ sung bản sao"), now);

        assertThat(c.clockStoppedAt).isEqualTo(now);
        assertThat(c.dueAt).isEqualTo(d.timeline().dueAt());
        assertThat(c.stepDueAt).isEqualTo(d.step().dueAt());
        assertThat(c.stepIndex).isEqualTo(1);
        assertThat(c.assigneeId).isEqualTo(500L);
        assertThat(c.supplementCount).isEqualTo(action == DossierAction.REQUEST_SUPPLEMENT ? 1 : 0);
    }

    @Test
    void eachSupplementRequestCounts() {
        Dossier once = withSupplements(processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, null)), 1);
        Change c = apply(DossierAction.REQUEST_SUPPLEMENT, once, PLAIN, ActionInput.of("Lần hai"),
                local("2026-03-10T09:00"));
        assertThat(c.supplementCount).isEqualTo(2);
    }

    /**
     * Stopped Monday 9/3 14:00, running again Tuesday 10/3 10:00. Paused working time: 5 h at the
     * resolving agency (Mon 14–16, Tue 07–10), 5.5 h at agency 30 (Mon 14–17, Tue 07:30–10:00).
     */
    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = { "SUPPLY", "RESUME", "RECORD_PAYMENT" })
    void underPauseTheDueInstantsMoveByThePausedWorkingTimeOfEachAgency(DossierAction action) {
        Dossier d = stopped(action, SupplementRule.PAUSE);
        Instant now = local("2026-03-10T10:00");

        Change c = apply(moves, action, d, PLAIN, ActionInput.of(null), now);

        assertThat(c.status).isEqualTo(DossierStatus.PROCESSING);
        assertThat(c.clockStoppedAt).isNull();
        // Tue 17/3 16:00 + 5 h at the resolving agency: Wed 07–11 and 13–14.
        assertThat(c.dueAt).isEqualTo(local("2026-03-18T14:00"));
        // Thu 12/3 10:30 + 5.5 h in the province calendar: Thu 10:30–11:30, 13:30–17:00, (Fri off), Mon 07:30–08:30.
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-16T08:30"));
        assertThat(c.stepIndex).isEqualTo(2);
        assertThat(c.stepStartedAt).isEqualTo(d.step().startedAt());
        assertThat(c.assigneeId).isEqualTo(501L);
    }

    @Test
    void underRestartTheSupplyCountsTheWholeLimitAgainFromTheSupply() {
        StepMoves restart = moves(SupplementRule.RESTART);
        Dossier d = stopped(DossierAction.SUPPLY, SupplementRule.RESTART);
        Instant now = local("2026-03-10T10:00");

        Change c = apply(restart, DossierAction.SUPPLY, d, PLAIN, ActionInput.of(null), now);

        assertThat(c.status).isEqualTo(DossierStatus.PROCESSING);
        assertThat(c.clockStoppedAt).isNull();
        assertThat(c.receivedAt).as("the receipt stays as it was").isEqualTo(d.timeline().receivedAt());
        // 5 working days after Tuesday 10/3: 11, 12, (13 off), 16, 17, 18; at the resolving agency's close.
        assertThat(c.dueAt).isEqualTo(local("2026-03-18T16:00"));
        // The current step starts again with its whole share: 8 h at agency 30 from Tue 10:00.
        assertThat(c.stepIndex).isEqualTo(2);
        assertThat(c.stepAgencyId).isEqualTo(APPROVING);
        assertThat(c.stepRole).isEqualTo(Role.LEADER);
        assertThat(c.stepStartedAt).isEqualTo(now);
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-11T10:30"));
        // finding: re-entering the step drops its assignee (501), which PAUSE keeps; expected the assignee to stay.
        assertThat(c.assigneeId).isNull();
        assertThat(c.supplementCount).isEqualTo(d.timeline().supplementCount());
    }

    @Test
    void aProceduresOwnSupplementRuleOverridesTheProvinces() {
        Instant now = local("2026-03-10T10:00");
        Dossier d = stopped(DossierAction.SUPPLY, SupplementRule.PAUSE);

        Change provinceRestart = apply(moves(SupplementRule.RESTART), DossierAction.SUPPLY, d, PLAIN,
                ActionInput.of(null), now);
        Change procedureRestart = apply(moves(SupplementRule.PAUSE), DossierAction.SUPPLY, d,
                PLAIN.withSupplementRule(SupplementRule.RESTART), ActionInput.of(null), now);
        assertThat(procedureRestart.dueAt).isEqualTo(local("2026-03-18T16:00")).isEqualTo(provinceRestart.dueAt);
        assertThat(procedureRestart.stepDueAt).isEqualTo(provinceRestart.stepDueAt);

        Change provincePause = apply(moves(SupplementRule.PAUSE), DossierAction.SUPPLY, d, PLAIN,
                ActionInput.of(null), now);
        Change procedurePause = apply(moves(SupplementRule.RESTART), DossierAction.SUPPLY, d,
                PLAIN.withSupplementRule(SupplementRule.PAUSE), ActionInput.of(null), now);
        assertThat(procedurePause.dueAt).isEqualTo(provincePause.dueAt).isNotEqualTo(provinceRestart.dueAt);
        assertThat(procedurePause.stepDueAt).isEqualTo(provincePause.stepDueAt);
    }

    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = { "RESUME", "RECORD_PAYMENT" })
    void underRestartOnlyTheSupplyRestartsAPauseOrPaymentStillShifts(DossierAction action) {
        Dossier d = stopped(action, SupplementRule.RESTART);
        Change c = apply(moves(SupplementRule.RESTART), action, d, PLAIN, ActionInput.of(null),
                local("2026-03-10T10:00"));
        assertThat(c.dueAt).isEqualTo(local("2026-03-18T14:00"));
        assertThat(c.stepDueAt).isEqualTo(local("2026-03-16T08:30"));
        assertThat(c.assigneeId).isEqualTo(501L);
    }

    @Test
    void aClockThatWasNotStoppedMovesNothing() {
        Dossier d = withStatus(processing(step(2, 0, APPROVING, Role.LEADER, null, local("2026-03-12T10:30"))),
                DossierStatus.PAUSED);
        Change c = apply(DossierAction.RESUME, d, PLAIN, ActionInput.of(null), local("2026-03-10T10:00"));
        assertThat(c.dueAt).isEqualTo(d.timeline().dueAt());
        assertThat(c.stepDueAt).isEqualTo(d.step().dueAt());
    }

    @Test
    void theApologysAppointmentIsNotMovedByAPause() {
        Dossier d = withTimeline(stopped(DossierAction.RESUME, SupplementRule.PAUSE),
                local("2026-03-20T16:00"), local("2026-03-09T14:00"));
        Change c = apply(DossierAction.RESUME, d, PLAIN, ActionInput.of(null), local("2026-03-10T10:00"));
        assertThat(c.dueAt).isEqualTo(local("2026-03-18T14:00"));
        // finding: the promised instant (the appointment) stays while the due instant moves by the pause;
        // expected it to move by the paused working time too.
        assertThat(c.appointmentAt).isEqualTo(local("2026-03-20T16:00"));
    }

    // ---- finishing -----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = { "STOP", "WITHDRAW" })
    void stopAndWithdrawFinishAndClearTheStep(DossierAction action) {
        Dossier d = withStatus(processing(step(2, 0, APPROVING, Role.LEADER, 501L, local("2026-03-12T10:30"))),
                DossierStatus.PAUSED);
        d = withTimeline(d, null, local("2026-03-10T09:00"));
        Instant now = local("2026-03-11T09:00");

        if (action == DossierAction.STOP) {
            assertInvalid(List.of("note"), () -> apply(DossierAction.STOP, withStatus(processing(
                    step(2, 0, APPROVING, Role.LEADER, null, null)), DossierStatus.PAUSED), PLAIN, ActionInput.of(null), now));
        }
        Change c = apply(action, d, PLAIN, ActionInput.of(action == DossierAction.STOP ? "Theo kết luận thanh tra" : null),
                now);

        assertFinished(c, now);
        assertThat(c.dueAt).isEqualTo(d.timeline().dueAt());
        assertThat(c.status).isEqualTo(action == DossierAction.STOP ? DossierStatus.STOPPED : DossierStatus.WITHDRAWN);
    }

    @Test
    void refusingAtIntakeNeedsAReasonAndFinishes() {
        Dossier d = submitted();
        Instant now = local("2026-03-09T09:00");
        assertInvalid(List.of("note"), () -> apply(DossierAction.REFUSE_INTAKE, d, PLAIN, ActionInput.of(""), now));
        Change c = apply(DossierAction.REFUSE_INTAKE, d, PLAIN, ActionInput.of("Không thuộc thẩm quyền"), now);
        assertThat(c.status).isEqualTo(DossierStatus.INTAKE_REFUSED);
        assertFinished(c, now);
        assertThat(c.receivedAt).isNull();
        assertThat(c.dueAt).isNull();

        Change withdrawn = apply(DossierAction.WITHDRAW, d, PLAIN, ActionInput.of(null), now);
        assertFinished(withdrawn, now);
    }

    @Test
    void aSupplementRequestAtIntakeNeedsTheItemsAndKeepsTheReceptionStep() {
        Dossier d = submitted();
        Instant now = local("2026-03-09T09:00");
        assertInvalid(List.of("note"),
                () -> apply(DossierAction.REQUEST_SUPPLEMENT_AT_INTAKE, d, PLAIN, ActionInput.of(null), now));
        Change c = apply(DossierAction.REQUEST_SUPPLEMENT_AT_INTAKE, d, PLAIN, ActionInput.of("Tờ khai"), now);
        assertThat(c.status).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(c.finishedAt).isNull();
        assertThat(c.clockStoppedAt).as("no clock runs before receipt").isNull();
        assertThat(c.supplementCount).as("counted only after receipt").isZero();
        assertThat(c.stepIndex).isZero();
        assertThat(c.stepAgencyId).isEqualTo(RECEIVING);
    }

    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = { "SUBMIT", "RESUBMIT", "IMPORT" })
    void submittingChangesNothingButTheStatus(DossierAction action) {
        Dossier d = submitted();
        Change c = new Change(d);
        moves.apply(action, d, c, PLAIN, PLAIN.process(), ActionInput.of(null), local("2026-03-09T09:00"));
        assertThat(c.of(d)).isEqualTo(new Change(d).of(d));
    }

    // ---- apology -------------------------------------------------------------------------------

    @Test
    void anApologySetsANewAppointmentLaterThanTheDueOnceAndKeepsTheDue() {
        Dossier late = processing(step(2, 0, APPROVING, Role.LEADER, null, local("2026-03-12T10:30")));
        Instant now = local("2026-03-18T09:00");

        Change c = apply(DossierAction.APOLOGIZE, late, PLAIN, apology("Xin lỗi vì chậm", local("2026-03-20T16:00")), now);

        assertThat(c.status).isEqualTo(DossierStatus.PROCESSING);
        assertThat(c.appointmentAt).isEqualTo(local("2026-03-20T16:00"));
        assertThat(c.dueAt).as("statistics keep the original due").isEqualTo(late.timeline().dueAt());
        assertThat(c.promisedAt()).isEqualTo(local("2026-03-20T16:00"));
        assertThat(c.stepDueAt).isEqualTo(late.step().dueAt());

        Dossier apologized = c.of(late);
        assertThat(moves.blocked(DossierAction.APOLOGIZE, apologized, PLAIN, PLAIN.process())).contains("dossier.apology.once");
        assertConflict("dossier.apology.once", () -> apply(DossierAction.APOLOGIZE, apologized, PLAIN,
                apology("Lần nữa", local("2026-03-27T16:00")), now));
    }

    @Test
    void theNewAppointmentMustBeLaterThanTheDueAndTheNowAndComeWithANote() {
        Dossier d = processing(step(2, 0, APPROVING, Role.LEADER, null, null));
        Instant now = local("2026-03-18T09:00");
        Instant due = d.timeline().dueAt();
        assertInvalid(List.of("newAppointment"),
                () -> apply(DossierAction.APOLOGIZE, d, PLAIN, apology("Xin lỗi", due), now));
        assertInvalid(List.of("newAppointment"),
                () -> apply(DossierAction.APOLOGIZE, d, PLAIN, apology("Xin lỗi", local("2026-03-16T16:00")), now));
        assertInvalid(List.of("newAppointment"), () -> apply(DossierAction.APOLOGIZE, d, PLAIN, apology("Xin lỗi", null), now));
        // Later than the due but not than now.
        assertInvalid(List.of("newAppointment"), () -> apply(DossierAction.APOLOGIZE, d, PLAIN,
                apology("Xin lỗi", local("2026-03-18T08:00")), now));
        assertInvalid(List.of("note", "newAppointment"),
                () -> apply(DossierAction.APOLOGIZE, d, PLAIN, apology(" ", null), now));
    }

    // ---- assignment ----------------------------------------------------------------------------

    @Test
    void assignNamesAnActiveOfficerWhoHoldsTheStepsRoleThere() {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, local("2026-03-11T11:00")));
        Instant now = local("2026-03-09T10:00");

        Change c = apply(DossierAction.ASSIGN, d, PLAIN, assign(500L), now);
        assertThat(c.assigneeId).isEqualTo(500L);
        assertThat(c.status).isEqualTo(DossierStatus.PROCESSING);
        assertThat(c.stepIndex).isEqualTo(1);
        assertThat(c.stepDueAt).isEqualTo(d.step().dueAt());

        assertThat(apply(DossierAction.ASSIGN, d, PLAIN, assign(503L), now).assigneeId)
                .as("the role held province-wide").isEqualTo(503L);

        assertInvalidKey("assigneeId", "problem.field.required", () -> apply(DossierAction.ASSIGN, d, PLAIN, assign(null), now));
        assertInvalidKey("assigneeId", "problem.field.unknown", () -> apply(DossierAction.ASSIGN, d, PLAIN, assign(999L), now));
        assertInvalidKey("assigneeId", "problem.field.unknown", () -> apply(DossierAction.ASSIGN, d, PLAIN, assign(502L), now));
        assertInvalidKey("assigneeId", "dossier.assign.notEligible",
                () -> apply(DossierAction.ASSIGN, d, PLAIN, assign(501L), now));
    }

    @Test
    void assignEligibilityAndTheAgencyTree() {
        Dossier d = processing(step(1, 0, RESOLVING, Role.SPECIALIST, null, null));
        Instant now = local("2026-03-09T10:00");
        // finding: 504 holds SPECIALIST at agency 1, the parent of the step's agency 20; a role covers the
        // agency's children (RoleAssignment, AgencyScope) and Authorization lets them act, but ASSIGN
        // only accepts the step's agency itself. Expected eligible.
        assertInvalidKey("assigneeId", "dossier.assign.notEligible",
                () -> apply(DossierAction.ASSIGN, d, PLAIN, assign(504L), now));
        // finding: 505 belongs to agency 20 but holds SPECIALIST only at agency 99; ASSIGN accepts them,
        // after which Authorization refuses them the step (403). Expected not eligible.
        assertThat(apply(DossierAction.ASSIGN, d, PLAIN, assign(505L), now).assigneeId).isEqualTo(505L);
    }

    // ---- finished states keep the step's start ---------------------------------------------------

    @Test
    void finishingLeavesTheStepsStartInstant() {
        Dossier d = processing(step(2, 0, APPROVING, Role.LEADER, null, null));
        Change c = apply(DossierAction.STOP, withStatus(d, DossierStatus.PAUSED), PLAIN, ActionInput.of("Dừng"),
                local("2026-03-11T09:00"));
        // finding: Dossier.CurrentStep says all but chainIndex are null once the dossier left its process;
        // finish() and RETURN_RESULT leave stepStartedAt.
        assertThat(c.stepStartedAt).isEqualTo(d.step().startedAt());
    }

    // ---- fixtures ------------------------------------------------------------------------------

    private StepMoves moves(SupplementRule rule) {
        return new StepMoves(deadlines, plans, id -> Optional.ofNullable(OFFICERS.get(id)),
                id -> ROLES.getOrDefault(id, List.of()), rule);
    }

    private Change apply(DossierAction action, Dossier d, ProcedureDefinition procedure, ActionInput in, Instant now) {
        return apply(moves, action, d, procedure, in, now);
    }

    /** As Transitions does: the status from the lifecycle table, then the effects. */
    private static Change apply(StepMoves moves, DossierAction action, Dossier d, ProcedureDefinition procedure,
            ActionInput in, Instant now) {
        Change c = new Change(d);
        c.status = Lifecycle.next(action, d.status(), d.received()).orElseThrow(
                () -> new AssertionError(action + " is not allowed from " + d.status()));
        moves.apply(action, d, c, procedure, procedure.process(), in, now);
        return c;
    }

    /**
     * A dossier whose clock was stopped on Monday 9/3 14:00 at the approval step (agency 30, assigned to
     * 501, due Thursday 12/3 10:30), in the status the action starts from; received Monday 9:00, due
     * Tuesday 17/3 16:00.
     */
    private static Dossier stopped(DossierAction action, SupplementRule rule) {
        DossierStatus status = switch (action) {
            case SUPPLY -> DossierStatus.SUPPLEMENT_REQUESTED;
            case RESUME -> DossierStatus.PAUSED;
            case RECORD_PAYMENT -> DossierStatus.AWAITING_PAYMENT;
            default -> throw new IllegalArgumentException(action.name());
        };
        Dossier d = withStatus(processing(step(2, 0, APPROVING, Role.LEADER, 501L, local("2026-03-12T10:30"))), status);
        d = withTimeline(d, null, local("2026-03-09T14:00"));
        return status == DossierStatus.SUPPLEMENT_REQUESTED ? withSupplements(d, 1) : d;
    }

    private static Dossier submitted() {
        return new Dossier(1, "CQ10-260309-0001", DossierStatus.SUBMITTED, null, procedureRef(),
                new Dossier.Placement(RESOLVING, RECEIVING, null, Channel.ONLINE, Delivery.ONLINE),
                new Dossier.CurrentStep(0, 0, RECEIVING, Role.RECEPTION, null, local("2026-03-08T20:00"), null),
                new Dossier.Timeline(local("2026-03-08T20:00"), null, null, null, null, null, null, 0), null,
                new Dossier.Filing("Nguyễn Văn A", 7000L, null, null), 3);
    }

    /** Received Monday 9/3 09:00, due Tuesday 17/3 16:00, at the given step. */
    private static Dossier processing(Dossier.CurrentStep step) {
        return new Dossier(1, "CQ10-260309-0001", DossierStatus.PROCESSING, null, procedureRef(),
                new Dossier.Placement(RESOLVING, RECEIVING, null, Channel.ONLINE, Delivery.ONLINE), step,
                new Dossier.Timeline(local("2026-03-08T20:00"), local("2026-03-09T09:00"), local("2026-03-17T16:00"),
                        null, null, null, null, 0),
                null, new Dossier.Filing("Nguyễn Văn A", 7000L, null, null), 3);
    }

    private static Dossier.CurrentStep step(int index, int chainIndex, long agency, Role role, Long assignee, Instant due) {
        return new Dossier.CurrentStep(index, chainIndex, agency, role, assignee, local("2026-03-09T09:00"), due);
    }

    private static Dossier withStatus(Dossier d, DossierStatus status) {
        return new Dossier(d.id(), d.code(), status, d.result(), d.procedure(), d.placement(), d.step(), d.timeline(),
                d.applicant(), d.filing(), d.version());
    }

    private static Dossier withTimeline(Dossier d, Instant appointmentAt, Instant clockStoppedAt) {
        Dossier.Timeline t = d.timeline();
        return new Dossier(d.id(), d.code(), d.status(), d.result(), d.procedure(), d.placement(), d.step(),
                new Dossier.Timeline(t.submittedAt(), t.receivedAt(), t.dueAt(),
                        appointmentAt != null ? appointmentAt : t.appointmentAt(),
                        clockStoppedAt != null ? clockStoppedAt : t.clockStoppedAt(), t.finishedAt(), t.returnedAt(),
                        t.supplementCount()),
                d.applicant(), d.filing(), d.version());
    }

    private static Dossier withSupplements(Dossier d, int count) {
        Dossier.Timeline t = d.timeline();
        return new Dossier(d.id(), d.code(), d.status(), d.result(), d.procedure(), d.placement(), d.step(),
                new Dossier.Timeline(t.submittedAt(), t.receivedAt(), t.dueAt(), t.appointmentAt(), t.clockStoppedAt(),
                        t.finishedAt(), t.returnedAt(), count),
                d.applicant(), d.filing(), d.version());
    }

    private static Dossier.Procedure procedureRef() {
        return new Dossier.Procedure("9.TEST", 1, "Thủ tục thử", "LV", "PROVINCE", "FULL");
    }

    private static ProcedureDefinition procedure(List<String> chain, List<ProcessStep> process) {
        return new ProcedureDefinition("9.TEST", "Thủ tục thử", "LV", List.of(AdministrativeLevel.PROVINCE), "CQ20",
                chain, FIVE_DAYS, null, null, "Giấy phép", null, null, null, false, null, null, process, null, true);
    }

    private static ProcessStep step(String name, Role role, StepAgency agency, String hours) {
        return new ProcessStep(name, role, agency, null, new TimeLimit(new BigDecimal(hours), TimeLimit.Unit.WORKING_HOURS));
    }

    private static AgencyRef agency(long id, Long parent) {
        return new AgencyRef(id, "CQ" + id, "Cơ quan " + id, AgencyType.DEPARTMENT, AdministrativeLevel.PROVINCE, parent,
                true);
    }

    private static OfficerRef officer(long id, long agency, boolean active) {
        return new OfficerRef(id, "Cán bộ " + id, null, agency, null, active);
    }

    private static ActionInput resolution(String result, String note) {
        return new ActionInput(null, null, note, null, result, null, null);
    }

    private static ActionInput apology(String note, Instant newAppointment) {
        return new ActionInput(null, null, note, null, null, newAppointment, null);
    }

    private static ActionInput assign(Long officer) {
        return new ActionInput(null, null, null, officer, null, null, null);
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
    }

    private static void assertFinished(Change c, Instant now) {
        assertThat(c.finishedAt).isEqualTo(now);
        assertThat(c.stepIndex).isNull();
        assertThat(c.stepAgencyId).isNull();
        assertThat(c.stepRole).isNull();
        assertThat(c.assigneeId).isNull();
        assertThat(c.stepDueAt).isNull();
        assertThat(c.clockStoppedAt).isNull();
    }

    private static void assertConflict(String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static void assertInvalid(List<String> fields, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactlyElementsOf(fields);
        });
    }

    private static void assertInvalidKey(String field, String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.fieldProblems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key));
        });
    }
}
