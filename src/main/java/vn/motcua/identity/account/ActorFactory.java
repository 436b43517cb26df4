package vn.motcua.identity.account;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.organization.Agencies;
import vn.motcua.organization.Officers;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;

/** Builds the {@link Actor} of an account: its roles, each expanded to the agencies it covers. */
@Component
class ActorFactory {

    private final AccountStore accounts;
    private final Officers officers;
    private final Agencies agencies;

    ActorFactory(AccountStore accounts, Officers officers, Agencies agencies) {
        this.accounts = accounts;
        this.officers = officers;
        this.agencies = agencies;
    }

    Actor actorOf(Account account) {
        List<RoleAssignment> assignments = new java.util.ArrayList<>(accounts.rolesOf(account.id()));
        if (account.officerId() != null) {
            boolean activeOfficer = officers.byId(account.officerId()).map(o -> o.active()).orElse(false);
            if (activeOfficer) {
                assignments.addAll(officers.rolesOf(account.officerId()));
            }
        }
        Map<Role, Boolean> province = new EnumMap<>(Role.class);
        Map<Role, Set<Long>> ids = new EnumMap<>(Role.class);
        for (RoleAssignment assignment : assignments) {
            if (assignment.agencyId() == null) {
                province.put(assignment.role(), true);
            } else {
                ids.computeIfAbsent(assignment.role(), r -> new HashSet<>())
                        .addAll(agencies.subtree(assignment.agencyId()));
            }
        }
        Map<Role, AgencyScope> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            boolean whole = province.getOrDefault(role, false);
            Set<Long> set = ids.getOrDefault(role, Set.of());
            if (whole || !set.isEmpty()) {
                roles.put(role, whole ? AgencyScope.PROVINCE : new AgencyScope(false, set));
            }
        }
        return new Actor(account.id(), account.username(), account.displayName(), account.kind(),
                account.officerId(), roles);
    }
}
