package vn.motcua.organization.officer;

import vn.motcua.platform.security.Role;

/** Search criteria of the officer list; every part is optional. */
public record OfficerFilter(String q, Long agency, Long desk, Role role, Boolean active) {
}
