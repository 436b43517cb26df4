package vn.motcua.organization;

import java.util.Optional;

/** What other modules need to know of an agency. */
public record AgencyRef(long id, String code, String name, AgencyType type, AdministrativeLevel level,
        Long parentId, boolean active) {

    public Optional<Long> parent() {
        return Optional.ofNullable(parentId);
    }
}
