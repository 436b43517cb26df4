package vn.motcua.dossier.processing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.SupplementRule;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.organization.OfficerRef;
import vn.motcua.organization.Officers;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * What each action does to the state beyond its status: steps, due instants, the clock. The
 * supplement rule (REGULATIONS.md §5) is a province setting: {@code PAUSE} moves the due instants by
 * the working time spent waiting; {@code RESTART} counts the whole limit again from the supply.
 */
@Component
class StepMoves {

    private final Deadlines deadlines;
    private final ProcessPlans plans;
    private final LongFunction<Optional<OfficerRef>> officerById;
    private final LongFunction<List<RoleAssignment>> rolesOf;
    private final SupplementRule supplementRule;

    @Autowired
    StepMoves(Deadlines deadlines, ProcessPlans plans, Officers officers,
            @Value("${motcua.dossier.supplement-rule:PAUSE}") SupplementRule supplementRule) {
        this(deadlines, plans, officers::byId, officers::rolesOf, supplementRule);
    }

    /** Over any source of officers and their roles (unit tests pass maps). */
    StepMoves(Deadlines deadlines, ProcessPlans plans, LongFunction<Optional<OfficerRef>> officerById,
            LongFunction<List<RoleAssignment>> rolesOf, SupplementRule supplementRule) {
        this.deadlines = deadlines;
        this.plans = plans;
        this.officerById = officerById;
        this.rolesOf = rolesOf;
        this.supplementRule = supplementRule;
    }

    /**
     * Why the process does not allow the action at the dossier's current step, as a message key; empty
     * when it does. Pages ask this to offer only what will succeed; {@link #apply} refuses the same.
     */
    Optional<String> blocked(DossierAction action, Dossier d, ProcedureDefinition procedure, List<ProcessStep> steps) {
        Integer step = d.step().index();
        int last = steps.size() - 1;
        String reason = switch (action) {
            case RECEIVE -> steps.size() < 3 ? "dossier.process.tooShort" : null;
            // Entering the next agency of an interconnected chain is a transfer, not a forward.
            case FORWARD -> step == null || step + 1 >= last ? "dossier.forward.resolveInstead"
                    : steps.get(step + 1).agency() == StepAgency.NEXT_IN_CHAIN
                            && steps.get(step).agency() != StepAgency.NEXT_IN_CHAIN
                                    ? "dossier.forward.transferInstead" : null;
            case TRANSFER -> step == null || step + 1 >= last || steps.get(step + 1).agency() != StepAgency.NEXT_IN_CHAIN
                    || d.step().chainIndex() + 1 >= procedure.chain().size() ? "dossier.transfer.noNextAgency" : null;
            case SEND_BACK -> step == null || step <= 1 ? "dossier.sendBack.first" : null;
            case RESOLVE -> step == null || step != last - 1 ? "dossier.resolve.notLastStep" : null;
            case APOLOGIZE -> d.timeline().appointmentAt() != null ? "dossier.apology.once" : null;
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    void apply(DossierAction action, Dossier d, Change c, ProcedureDefinition procedure,
            List<ProcessStep> steps, ActionInput in, Instant now) {
        blocked(action, d, procedure, steps).ifPresent(key -> {
            throw ProblemException.conflict(key);
        });
        int last = steps.size() - 1;
        switch (action) {
            case RECEIVE -> receive(d, c, procedure, steps, now);
            case FORWARD -> enter(d, c, procedure, steps, d.step().index() + 1, c.chainIndex, now);
            case SEND_BACK -> {
                require(in.hasNote(), "note");
                enter(d, c, procedure, steps, d.step().index() - 1, c.chainIndex, now);
            }
            case TRANSFER -> enter(d, c, procedure, steps, d.step().index() + 1, d.step().chainIndex() + 1, now);
            case ASSIGN -> {
                require(in.assigneeId() != null, "assigneeId");
                var officer = officerById.apply(in.assigneeId()).filter(o -> o.active())
                        .orElseThrow(() -> ProblemException.invalid("assigneeId", "problem.field.unknown"));
                boolean holdsStepRole = rolesOf.apply(officer.id()).stream().anyMatch(r -> r.role() == d.step().role()
                        && (r.agencyId() == null || r.agencyId().equals(d.step().agencyId())
                                || officer.agencyId() == d.step().agencyId()));
                if (!holdsStepRole) {
                    throw ProblemException.invalid("assigneeId", "dossier.assign.notEligible");
                }
                c.assigneeId = officer.id();
            }
            case REQUEST_SUPPLEMENT, PAUSE, REQUEST_PAYMENT -> {
                require(in.hasNote(), "note");
                c.clockStoppedAt = now;
                if (action == DossierAction.REQUEST_SUPPLEMENT) {
                    c.supplementCount = d.timeline().supplementCount() + 1;
                }
            }
            case SUPPLY, RESUME, RECORD_PAYMENT -> restartClock(action, d, c, procedure, steps, now);
            case STOP, REFUSE_INTAKE, REQUEST_SUPPLEMENT_AT_INTAKE -> {
                require(in.hasNote(), "note");
                if (action != DossierAction.REQUEST_SUPPLEMENT_AT_INTAKE) {
                    finish(c, now);
                }
            }
            case WITHDRAW -> finish(c, now);
            case RESOLVE -> {
                require("APPROVED".equals(in.result()) || "DENIED".equals(in.result()), "result");
                require(!"DENIED".equals(in.result()) || in.hasNote(), "note");
                c.result = in.result();
                c.finishedAt = now;
                enter(d, c, procedure, steps, last, c.chainIndex, now);
            }
            case APOLOGIZE -> {
                Validation v = new Validation().check(in.hasNote(), "note", "problem.field.required")
                        .check(in.newAppointment() != null && in.newAppointment().isAfter(now)
                                && (d.timeline().dueAt() == null || in.newAppointment().isAfter(d.timeline().dueAt())),
                                "newAppointment", "dossier.apology.appointment");
                v.throwIfInvalid();
                c.appointmentAt = in.newAppointment();
            }
            case RETURN_RESULT -> {
                c.returnedAt = now;
                c.stepIndex = null;
                c.stepAgencyId = null;
                c.stepRole = null;
                c.assigneeId = null;
                c.stepDueAt = null;
            }
            case SUBMIT, RESUBMIT, IMPORT -> {
                // Only the status changes.
            }
        }
    }

    /** Receipt: the clock starts, the reception step is done, the first processing step begins. */
    void receive(Dossier d, Change c, ProcedureDefinition procedure, List<ProcessStep> steps, Instant now) {
        c.receivedAt = now;
        c.dueAt = deadlines.due(d.placement().resolvingAgencyId(), now, procedure.timeLimit());
        enter(d, c, procedure, steps, 1, 0, now);
    }

    private void enter(Dossier d, Change c, ProcedureDefinition procedure, List<ProcessStep> steps, int index,
            int chainIndex, Instant now) {
        long agency = plans.agencyOf(d, procedure, steps, index, chainIndex);
        c.stepIndex = index;
        c.chainIndex = chainIndex;
        c.stepAgencyId = agency;
        c.stepRole = index == steps.size() - 1 ? Role.RECEPTION : steps.get(index).role();
        c.assigneeId = null;
        c.stepStartedAt = now;
        Instant dossierDue = c.appointmentAt != null ? c.appointmentAt : c.dueAt;
        c.stepDueAt = index == steps.size() - 1 ? dossierDue
                : deadlines.stepDue(agency, now, steps.get(index).share(), dossierDue);
    }

    private void restartClock(DossierAction action, Dossier d, Change c, ProcedureDefinition procedure,
            List<ProcessStep> steps, Instant now) {
        Instant stopped = d.timeline().clockStoppedAt();
        c.clockStoppedAt = null;
        if (action == DossierAction.SUPPLY && ruleOf(procedure) == SupplementRule.RESTART) {
            c.dueAt = deadlines.due(d.placement().resolvingAgencyId(), now, procedure.timeLimit());
            enter(d, c, procedure, steps, d.step().index(), d.step().chainIndex(), now);
            return;
        }
        c.dueAt = deadlines.shift(d.placement().resolvingAgencyId(), d.timeline().dueAt(), stopped, now);
        c.stepDueAt = deadlines.shift(d.step().agencyId(), d.step().dueAt(), stopped, now);
    }

    /** The procedure's own supplement rule, else the province's. */
    private SupplementRule ruleOf(ProcedureDefinition procedure) {
        return procedure.supplementRule() != null ? procedure.supplementRule() : supplementRule;
    }

    private static void finish(Change c, Instant now) {
        c.finishedAt = now;
        c.stepIndex = null;
        c.stepAgencyId = null;
        c.stepRole = null;
        c.assigneeId = null;
        c.stepDueAt = null;
        c.clockStoppedAt = null;
    }

    private static void require(boolean present, String field) {
        if (!present) {
            throw ProblemException.invalid(field, "problem.field.required");
        }
    }
}
