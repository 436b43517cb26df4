package vn.motcua.dossier.processing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.dossier.Dossier;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;

/**
 * Who may see a dossier, the one home of the rule in both its forms: its applicant (the account that
 * filed it), or an officer holding any staff role at an agency where it is resolved, was received or now
 * is (a province-wide role sees every dossier). {@link #canSee} judges one dossier in Java;
 * {@link #condition} is the same rule as SQL over a dossier row aliased {@code d}, for lists. A test
 * holds the two equal on random actors and dossiers.
 */
public final class Visibility {

    /** An SQL condition over {@code d} with its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {
    }

    private Visibility() {
    }

    public static boolean canSee(Actor actor, Dossier d) {
        if (d.ownedBy(actor.accountId())) {
            return true;
        }
        Long step = d.step().agencyId();
        for (Role role : Role.staff()) {
            if (actor.can(role, d.placement().resolvingAgencyId()) || actor.can(role, d.placement().receivingAgencyId())
                    || step != null && actor.can(role, step)) {
                return true;
            }
        }
        return false;
    }

    public static Condition condition(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("owner", actor.accountId());
        boolean province = false;
        Set<Long> ids = new HashSet<>();
        for (Role role : Role.staff()) {
            AgencyScope scope = actor.scopeOf(role);
            province |= scope.wholeProvince();
            ids.addAll(scope.agencyIds());
        }
        if (province) {
            return new Condition("1 = 1", params);
        }
        if (ids.isEmpty()) {
            return new Condition("d.owner_account_id = :owner", params);
        }
        params.put("mine", List.copyOf(ids));
        return new Condition("(d.owner_account_id = :owner or d.resolving_agency_id in (:mine) "
                + "or d.receiving_agency_id in (:mine) or d.step_agency_id in (:mine))", params);
    }
}
