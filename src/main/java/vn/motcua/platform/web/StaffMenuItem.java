package vn.motcua.platform.web;

import java.util.Set;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;

/**
 * An entry of the staff workspace's menu, declared as a bean by the module that owns the page.
 * Shown to actors holding any of {@code roles} somewhere (any logged-in officer when it is empty).
 */
public record StaffMenuItem(String path, String labelKey, int order, Set<Role> roles) {

    public StaffMenuItem {
        roles = Set.copyOf(roles);
    }

    /** An entry for one role (null: every logged-in officer). */
    public StaffMenuItem(String path, String labelKey, int order, Role role) {
        this(path, labelKey, order, role == null ? Set.of() : Set.of(role));
    }

    public boolean shownTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::hasRole);
    }
}
