package vn.motcua.dossier.worklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.dossier.processing.Visibility;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;

/** SQL conditions for "the dossiers within the actor's reach", with their named parameters. */
record ScopeSql(String condition, Map<String, Object> params) {

    /** Dossiers whose current step is for a role the actor holds at the step's agency, or assigned to them. */
    static ScopeSql steps(Actor actor) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (Role role : Role.values()) {
            AgencyScope scope = actor.scopeOf(role);
            if (scope.isEmpty()) {
                continue;
            }
            String p = "agencies" + role.name();
            parts.add(scope.wholeProvince() ? "d.step_role = '" + role.name() + "'"
                    : "(d.step_role = '" + role.name() + "' and d.step_agency_id in (:" + p + "))");
            if (!scope.wholeProvince()) {
                params.put(p, List.copyOf(scope.agencyIds()));
            }
        }
        if (actor.officerId() != null) {
            parts.add("d.assignee_id = :me");
            params.put("me", actor.officerId());
        }
        return new ScopeSql(parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")", params);
    }

    /** Dossiers the actor may see ({@link Visibility}). */
    static ScopeSql visible(Actor actor) {
        Visibility.Condition c = Visibility.condition(actor);
        return new ScopeSql(c.sql(), c.params());
    }
}
