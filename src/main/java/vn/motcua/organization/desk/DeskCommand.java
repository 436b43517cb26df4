package vn.motcua.organization.desk;

import java.util.List;

import vn.motcua.organization.AdministrativeLevel;

/**
 * What an administrator sends to create or change a one-stop desk: the agency it belongs to and the
 * agencies it receives dossiers for ({@code agencyIds}); {@code version} only on change.
 */
public record DeskCommand(String code, String name, AdministrativeLevel level, Boolean serviceCenter, Long agencyId,
        Long administrativeUnitId, String address, String phone, List<Long> agencyIds, Integer version) {

    public DeskCommand normalized() {
        return new DeskCommand(trim(code), trim(name), level, serviceCenter != null && serviceCenter, agencyId,
                administrativeUnitId, blankToNull(address), blankToNull(phone),
                agencyIds == null ? List.of() : agencyIds.stream().distinct().toList(), version);
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
