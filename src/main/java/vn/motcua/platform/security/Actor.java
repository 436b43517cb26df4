package vn.motcua.platform.security;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * Who is acting: an officer (with roles scoped to agencies), a citizen, or an API client. Every
 * module checks permissions against this, never against raw authorities.
 */
public record Actor(long accountId, String username, String displayName, Kind kind, Long officerId,
        Map<Role, AgencyScope> roles) implements Serializable {

    public enum Kind { OFFICER, CITIZEN, API_CLIENT }

    public Actor {
        roles = Map.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return !scopeOf(role).isEmpty();
    }

    /** Whether the actor holds {@code role} at {@code agencyId} (directly or through a parent agency). */
    public boolean can(Role role, long agencyId) {
        return scopeOf(role).covers(agencyId);
    }

    public AgencyScope scopeOf(Role role) {
        return roles.getOrDefault(role, AgencyScope.NONE);
    }

    public Optional<Long> officer() {
        return Optional.ofNullable(officerId);
    }
}
