package vn.motcua.organization.officer;

import java.util.List;
import java.util.Objects;

import vn.motcua.organization.RoleAssignment;

/**
 * What an administrator sends to create or change an officer. {@code username} and {@code password}
 * are read only on creation (they make the login account); {@code version} only on change.
 */
public record OfficerCommand(String fullName, String position, String email, String phone, Long agencyId,
        Long deskId, List<Long> counterIds, List<RoleAssignment> roles, String username, String password,
        Integer version) {

    public OfficerCommand normalized() {
        return new OfficerCommand(trim(fullName), blankToNull(position), blankToNull(email), blankToNull(phone),
                agencyId, deskId, counterIds == null ? List.of() : counterIds.stream().distinct().toList(),
                roles == null ? List.of() : roles.stream().filter(Objects::nonNull).distinct().toList(),
                trim(username), password, version);
    }

    @Override
    public String toString() {
        return "OfficerCommand[" + fullName + ", agency " + agencyId + "]"; // never the password
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
