package vn.motcua.organization;

import java.util.Optional;

import vn.motcua.platform.security.Role;

/** A role held by an officer at an agency (and its children), or across the province when agencyId is null. */
public record RoleAssignment(Role role, Long agencyId) {

    public Optional<Long> agency() {
        return Optional.ofNullable(agencyId);
    }
}
