package vn.motcua.platform.web;

import vn.motcua.platform.security.Role;

/**
 * An entry of the staff workspace's menu, declared as a bean by the module that owns the page.
 * Shown to actors holding {@code role} somewhere (any logged-in officer when role is null).
 */
public record StaffMenuItem(String path, String labelKey, int order, Role role) {
}
