package vn.motcua.dossier.lifecycle;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.dossier.DossierAction;
import vn.motcua.organization.Officers;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * What each action does to the state beyond its status: steps, due instants, the clock. The
 * supplement rule (REGULATIONS.md §5) is a province setting: {@code PAUSE} moves the due instants by
 * the working time spent waiting; {@code RESTART} counts the whole limit again from the supply.
 */
@Component
class StepMoves {

    enum SupplementRule { PAUSE, RESTART }

    private final Deadlines deadlines;
    private final ProcessPlans plans;
    private final Officers officers;
    private final SupplementRule supplementRule;

    StepMoves(Deadlines deadlines, ProcessPlans plans, Officers officers,
            @Value("${motcua.dossier.supplement-rule:PAUSE}") SupplementRule supplementRule) {
        this.deadlines = deadlines;
        this.plans = plans;
        this.officers = officers;
        this.supplementRule = supplementRule;
    }

    void apply(DossierAction action, Dossier d, Dossier.Change c, ProcedureDefinition procedure,
            List<ProcessStep> steps, ActionInput in, Instant now) {
        int last = steps.size() - 1;
        switch (action) {
            case RECEIVE -> receive(d, c, procedure, steps, now);
            case FORWARD -> {
                int next = d.stepIndex() + 1;
                if (next >= last) {
                    throw ProblemException.conflict("dossier.forward.resolveInstead");
                }
                // Entering the next agency of an interconnected chain is a transfer, not a forward.
                if (steps.get(next).agency() == StepAgency.NEXT_IN_CHAIN
                        && steps.get(d.stepIndex()).agency() != StepAgency.NEXT_IN_CHAIN) {
                    throw ProblemException.conflict("dossier.forward.transferInstead");
                }
                enter(d, c, procedure, steps, next, c.chainIndex, now);
            }
            case SEND_BACK -> {
                require(in.hasNote(), "note");
                if (d.stepIndex() <= 1) {
                    throw ProblemException.conflict("dossier.sendBack.first");
                }
                enter(d, c, procedure, steps, d.stepIndex() - 1, c.chainIndex, now);
            }
            case TRANSFER -> {
                int next = d.stepIndex() + 1;
                if (next >= last || steps.get(next).agency() != StepAgency.NEXT_IN_CHAIN
                        || d.chainIndex() + 1 >= procedure.chain().size()) {
                    throw ProblemException.conflict("dossier.transfer.noNextAgency");
                }
                enter(d, c, procedure, steps, next, d.chainIndex() + 1, now);
            }
            case ASSIGN -> {
                require(in.assigneeId() != null, "assigneeId");
                var officer = officers.byId(in.assigneeId()).filter(o -> o.active())
                        .orElseThrow(() -> ProblemException.invalid("assigneeId", "problem.field.unknown"));
                boolean holdsStepRole = officers.rolesOf(officer.id()).stream().anyMatch(r -> r.role() == d.stepRole()
                        && (r.agencyId() == null || r.agencyId().equals(d.stepAgencyId())
                                || officer.agencyId() == d.stepAgencyId()));
                if (!holdsStepRole) {
                    throw ProblemException.invalid("assigneeId", "dossier.assign.notEligible");
                }
                c.assigneeId = officer.id();
            }
            case REQUEST_SUPPLEMENT, PAUSE, REQUEST_PAYMENT -> {
                require(in.hasNote(), "note");
                c.clockStoppedAt = now;
                if (action == DossierAction.REQUEST_SUPPLEMENT) {
                    c.supplementCount = d.supplementCount() + 1;
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
                if (d.stepIndex() != last - 1) {
                    throw ProblemException.conflict("dossier.resolve.notLastStep");
                }
                require("APPROVED".equals(in.result()) || "DENIED".equals(in.result()), "result");
                require(!"DENIED".equals(in.result()) || in.hasNote(), "note");
                c.result = in.result();
                c.finishedAt = now;
                enter(d, c, procedure, steps, last, c.chainIndex, now);
            }
            case APOLOGIZE -> {
                if (d.appointmentAt() != null) {
                    throw ProblemException.conflict("dossier.apology.once");
                }
                Validation v = new Validation().check(in.hasNote(), "note", "problem.field.required")
                        .check(in.newAppointment() != null && in.newAppointment().isAfter(now)
                                && (d.dueAt() == null || in.newAppointment().isAfter(d.dueAt())),
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
            case SUBMIT, RESUBMIT -> {
                // Only the status changes.
            }
        }
    }

    /** Receipt: the clock starts, the reception step is done, the first processing step begins. */
    void receive(Dossier d, Dossier.Change c, ProcedureDefinition procedure, List<ProcessStep> steps, Instant now) {
        if (steps.size() < 3) {
            throw ProblemException.conflict("dossier.process.tooShort");
        }
        c.receivedAt = now;
        c.dueAt = deadlines.due(d.resolvingAgencyId(), now, procedure.timeLimit());
        enter(d, c, procedure, steps, 1, 0, now);
    }

    private void enter(Dossier d, Dossier.Change c, ProcedureDefinition procedure, List<ProcessStep> steps, int index,
            int chainIndex, Instant now) {
        long agency = plans.agencyOf(d, procedure, steps, index, chainIndex);
        c.stepIndex = index;
        c.chainIndex = chainIndex;
        c.stepAgencyId = agency;
        c.stepRole = index == steps.size() - 1 ? vn.motcua.platform.security.Role.RECEPTION : steps.get(index).role();
        c.assigneeId = null;
        c.stepStartedAt = now;
        Instant dossierDue = c.appointmentAt != null ? c.appointmentAt : c.dueAt;
        c.stepDueAt = index == steps.size() - 1 ? dossierDue
                : deadlines.stepDue(agency, now, steps.get(index).share(), dossierDue);
    }

    private void restartClock(DossierAction action, Dossier d, Dossier.Change c, ProcedureDefinition procedure,
            List<ProcessStep> steps, Instant now) {
        Instant stopped = d.clockStoppedAt();
        c.clockStoppedAt = null;
        if (action == DossierAction.SUPPLY && supplementRule == SupplementRule.RESTART) {
            c.dueAt = deadlines.due(d.resolvingAgencyId(), now, procedure.timeLimit());
            enter(d, c, procedure, steps, d.stepIndex(), d.chainIndex(), now);
            return;
        }
        c.dueAt = deadlines.shift(d.resolvingAgencyId(), d.dueAt(), stopped, now);
        c.stepDueAt = deadlines.shift(d.stepAgencyId(), d.stepDueAt(), stopped, now);
    }

    private static void finish(Dossier.Change c, Instant now) {
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
