package vn.motcua.dossier.worklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;

/** SQL conditions for "the dossiers within the actor's reach", with their named parameters. */
record ScopeSql(String condition, Map<String, Object> params) {

    /** Dossiers whose current step is for a role the actor holds at the step's agency, or assigned to them. */
    static ScopeSql steps(Actor actor) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
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

    /** Dossiers the actor may see: their own, or touching an agency where they hold any role. */
    static ScopeSql visible(Actor actor) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("owner", actor.accountId());
        boolean province = false;
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Role role : Role.values()) {
            AgencyScope scope = actor.scopeOf(role);
            province |= scope.wholeProvince();
            ids.addAll(scope.agencyIds());
        }
        if (province) {
            return new ScopeSql("1 = 1", params);
        }
        if (ids.isEmpty()) {
            return new ScopeSql("d.owner_account_id = :owner", params);
        }
        params.put("mine", List.copyOf(ids));
        return new ScopeSql("(d.owner_account_id = :owner or d.resolving_agency_id in (:mine) "
                + "or d.receiving_agency_id in (:mine) or d.step_agency_id in (:mine))", params);
    }
}
