package vn.motcua.organization;

import java.util.Set;

/**
 * What other modules need to know of a one-stop desk: the agency it belongs to and the agencies it
 * receives dossiers for.
 */
public record DeskRef(long id, String code, String name, long agencyId, Set<Long> servedAgencyIds, boolean active) {

    /** The agencies the desk has to do with: its own and those it receives for. */
    public Set<Long> agencyIds() {
        Set<Long> ids = new java.util.HashSet<>(servedAgencyIds);
        ids.add(agencyId);
        return ids;
    }
}
