package vn.motcua.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What other modules need to know of an administrative unit. A unit is identified by
 * ({@code edition}, {@code code}) because official codes were reused by the 2025 reform.
 */
public record AdministrativeUnitRef(long id, String edition, String code, String name, String nameEn,
        String fullName, AdministrativeUnitKind kind, AdministrativeLevel level, String parentCode,
        LocalDate validFrom, LocalDate validTo) {

    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }

    /** Whether the unit existed on {@code day} (validity dates are inclusive; null means open-ended). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
