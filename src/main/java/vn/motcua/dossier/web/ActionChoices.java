package vn.motcua.dossier.web;

import static vn.motcua.dossier.DossierAction.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.lifecycle.Dossier;
import vn.motcua.dossier.lifecycle.Lifecycle;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;

/**
 * The actions the dossier page offers an officer: those the {@link Lifecycle} table allows from the
 * status, that the officer's roles permit at the right agency, and that the process allows at the
 * current step. The service decides again when the form is posted; this only keeps useless buttons
 * away. (It mirrors the lifecycle's authorization and step rules, which are internal to it.)
 */
@Component
class ActionChoices {

    /** Actions whose form asks for a reason, the items to supply, or a note that must not be empty. */
    private static final Set<DossierAction> NOTE_REQUIRED = EnumSet.of(SEND_BACK, REQUEST_SUPPLEMENT, PAUSE, STOP,
            REQUEST_PAYMENT, APOLOGIZE, REFUSE_INTAKE, REQUEST_SUPPLEMENT_AT_INTAKE);

    /** One action's form on the page. */
    public record Choice(DossierAction action, boolean noteRequired, String slug) {

        public boolean assign() {
            return action == ASSIGN;
        }

        public boolean resolve() {
            return action == RESOLVE;
        }

        public boolean apology() {
            return action == APOLOGIZE;
        }
    }

    List<Choice> choices(Actor actor, Dossier d, ProcedureDefinition procedure, List<ProcessStep> steps) {
        return Lifecycle.actionsFrom(d.status(), d.received()).stream()
                .filter(a -> mayAct(actor, d, a) && stepAllows(d, a, procedure, steps))
                .map(a -> new Choice(a, NOTE_REQUIRED.contains(a), slug(a))).toList();
    }

    /** Whether the action needs a note (a refusal of the result needs its reason too). */
    static boolean noteRequired(DossierAction action, String result) {
        return NOTE_REQUIRED.contains(action) || action == RESOLVE && "DENIED".equals(result);
    }

    static String slug(DossierAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static boolean mayAct(Actor actor, Dossier d, DossierAction action) {
        Lifecycle.Rule rule = Lifecycle.rule(action);
        if (rule.place() == null || actor.officerId() == null) {
            return false;
        }
        return switch (rule.place()) {
            case STEP -> d.stepAgencyId() != null && d.stepRole() != null && (rule.roles().isEmpty()
                    ? actor.can(d.stepRole(), d.stepAgencyId()) && (d.assigneeId() == null
                            || d.assigneeId().equals(actor.officerId()) || actor.can(Role.LEADER, d.stepAgencyId()))
                    : rule.roles().stream().anyMatch(r -> actor.can(r, d.stepAgencyId())));
            case INTAKE -> rule.roles().stream()
                    .anyMatch(r -> actor.can(r, d.receivingAgencyId()) || actor.can(r, d.resolvingAgencyId()));
            case RESOLVING -> rule.roles().stream().anyMatch(r -> actor.can(r, d.resolvingAgencyId()));
        };
    }

    private static boolean stepAllows(Dossier d, DossierAction action, ProcedureDefinition procedure,
            List<ProcessStep> steps) {
        Integer step = d.stepIndex();
        int last = steps.size() - 1;
        return switch (action) {
            case FORWARD -> step != null && step + 1 < last && !(steps.get(step + 1).agency() == StepAgency.NEXT_IN_CHAIN
                    && steps.get(step).agency() != StepAgency.NEXT_IN_CHAIN);
            case TRANSFER -> step != null && step + 1 < last && steps.get(step + 1).agency() == StepAgency.NEXT_IN_CHAIN
                    && d.chainIndex() + 1 < procedure.chain().size();
            case RESOLVE -> step != null && step == last - 1;
            case SEND_BACK -> step != null && step > 1;
            case APOLOGIZE -> d.appointmentAt() == null;
            default -> true;
        };
    }
}
