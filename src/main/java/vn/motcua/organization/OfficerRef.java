package vn.motcua.organization;

import java.util.Optional;

/** What other modules need to know of an officer. */
public record OfficerRef(long id, String fullName, String position, long agencyId, Long deskId, boolean active) {

    public Optional<Long> desk() {
        return Optional.ofNullable(deskId);
    }
}
