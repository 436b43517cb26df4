package vn.motcua.dossier.lifecycle;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierAction;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * Who may take an action on a dossier, read from the {@link Lifecycle} table: the applicant (the
 * account that filed it), or an officer holding the right role at the right place.
 */
@Component
class Authorization {

    /** The role the actor acts in, or a 403 that says why. Null role: the applicant. */
    Role check(Actor actor, Dossier d, DossierAction action) {
        Lifecycle.Rule rule = Lifecycle.rule(action);
        if (rule.applicant() && d.ownerAccountId() != null && d.ownerAccountId() == actor.accountId()) {
            return null;
        }
        if (rule.place() == null) {
            throw ProblemException.forbidden("dossier.forbidden.applicantOnly");
        }
        return switch (rule.place()) {
            case STEP -> atStep(actor, d, rule);
            case INTAKE -> firstHeld(actor, rule, d.receivingAgencyId(), d.resolvingAgencyId());
            case RESOLVING -> firstHeld(actor, rule, d.resolvingAgencyId(), d.resolvingAgencyId());
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

    /** Whether the actor may see the dossier: its applicant, or any officer role where it is or passes. */
    boolean canSee(Actor actor, Dossier d) {
        if (d.ownerAccountId() != null && d.ownerAccountId() == actor.accountId()) {
            return true;
        }
        for (Role role : Role.values()) {
            if (actor.can(role, d.resolvingAgencyId()) || actor.can(role, d.receivingAgencyId())
                    || d.stepAgencyId() != null && actor.can(role, d.stepAgencyId())) {
                return true;
            }
        }
        return false;
    }

    private Role atStep(Actor actor, Dossier d, Lifecycle.Rule rule) {
        if (d.stepAgencyId() == null || d.stepRole() == null) {
            throw ProblemException.conflict("dossier.noStep");
        }
        if (rule.roles().isEmpty()) {
            if (!actor.can(d.stepRole(), d.stepAgencyId())) {
                throw ProblemException.forbidden("dossier.forbidden.step");
            }
            boolean leader = actor.can(Role.LEADER, d.stepAgencyId());
            if (d.assigneeId() != null && !d.assigneeId().equals(actor.officerId()) && !leader) {
                throw ProblemException.forbidden("dossier.forbidden.assigned");
            }
            return d.stepRole();
        }
        return firstHeld(actor, rule, d.stepAgencyId(), d.stepAgencyId());
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
