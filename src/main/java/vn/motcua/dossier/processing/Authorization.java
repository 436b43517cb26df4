package vn.motcua.dossier.processing;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierAction;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.dossier.Dossier;

/**
 * Who may take an action on a dossier, read from the {@link Lifecycle} table: the applicant (the
 * account that filed it), or an officer holding the right role at the right place.
 */
@Component
class Authorization {

    /** The role the actor acts in, or a 403 that says why. Null role: the applicant. */
    Role check(Actor actor, Dossier d, DossierAction action) {
        Lifecycle.Rule rule = Lifecycle.rule(action);
        if (rule.applicant() && d.filing().ownerAccountId() != null && d.filing().ownerAccountId() == actor.accountId()) {
            return null;
        }
        if (rule.place() == null) {
            throw ProblemException.forbidden("dossier.forbidden.applicantOnly");
        }
        return switch (rule.place()) {
            case STEP -> atStep(actor, d, rule);
            case INTAKE -> firstHeld(actor, rule, d.placement().receivingAgencyId(), d.placement().resolvingAgencyId());
            case RESOLVING -> firstHeld(actor, rule, d.placement().resolvingAgencyId(), d.placement().resolvingAgencyId());
        };
    }

    /** Whether {@link #check} would let the actor take the action. */
    boolean permits(Actor actor, Dossier d, DossierAction action) {
        try {
            check(actor, d, action);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private Role atStep(Actor actor, Dossier d, Lifecycle.Rule rule) {
        if (d.step().agencyId() == null || d.step().role() == null) {
            throw ProblemException.conflict("dossier.noStep");
        }
        if (rule.roles().isEmpty()) {
            if (!actor.can(d.step().role(), d.step().agencyId())) {
                throw ProblemException.forbidden("dossier.forbidden.step");
            }
            boolean leader = actor.can(Role.LEADER, d.step().agencyId());
            if (d.step().assigneeId() != null && !d.step().assigneeId().equals(actor.officerId()) && !leader) {
                throw ProblemException.forbidden("dossier.forbidden.assigned");
            }
            return d.step().role();
        }
        return firstHeld(actor, rule, d.step().agencyId(), d.step().agencyId());
    }

    private static Role firstHeld(Actor actor, Lifecycle.Rule rule, long agency, long otherAgency) {
        for (Role role : rule.roles()) {
            if (actor.can(role, agency) || actor.can(role, otherAgency)) {
                return role;
            }
        }
        throw ProblemException.forbidden("dossier.forbidden.role");
    }
}
