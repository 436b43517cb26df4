package vn.motcua.organization.officer;

import java.util.List;

import vn.motcua.organization.RoleAssignment;

/** An officer as the API and the pages show it (and as the audit log records it: no password here). */
public record OfficerView(long id, String fullName, String position, String email, String phone, long agencyId,
        String agencyName, Long deskId, String deskName, List<Long> counterIds, List<RoleAssignment> roles,
        String username, boolean active, int version) {

    OfficerView withUsername(String name) {
        return new OfficerView(id, fullName, position, email, phone, agencyId, agencyName, deskId, deskName,
                counterIds, roles, name, active, version);
    }
}
