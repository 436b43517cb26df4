package vn.motcua.platform.web;

import java.util.Set;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;

/**
 * An entry of the staff workspace's menu, declared as a bean by the module that owns the page.
 * Shown to actors holding any of {@code roles} somewhere (any logged-in officer when it is empty);
 * with {@code provinceWide}, only to those holding one of them for the whole province (pages that
 * act on the whole province, such as the import of an earlier system's dossiers).
 */
public record StaffMenuItem(String path, String labelKey, int order, Set<Role> roles, boolean provinceWide) {

    public StaffMenuItem {
        roles = Set.copyOf(roles);
    }

    public StaffMenuItem(String path, String labelKey, int order, Set<Role> roles) {
        this(path, labelKey, order, roles, false);
    }

    /** An entry for one role (null: every logged-in officer). */
    public StaffMenuItem(String path, String labelKey, int order, Role role) {
        this(path, labelKey, order, role == null ? Set.of() : Set.of(role));
    }

    /** An entry for those holding {@code role} for the whole province. */
    public static StaffMenuItem provinceWide(String path, String labelKey, int order, Role role) {
        return new StaffMenuItem(path, labelKey, order, Set.of(role), true);
    }

    public boolean shownTo(Actor actor) {
        if (roles.isEmpty()) {
            return true;
        }
        return roles.stream().anyMatch(provinceWide ? r -> actor.scopeOf(r).wholeProvince() : actor::hasRole);
    }
}
