package vn.motcua.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The agencies where a role is held: the whole province, or a set of agency ids that already
 * includes the children of each assigned agency.
 */
public record AgencyScope(boolean wholeProvince, Set<Long> agencyIds) implements Serializable {

    public static final AgencyScope NONE = new AgencyScope(false, Set.of());
    public static final AgencyScope PROVINCE = new AgencyScope(true, Set.of());

    public AgencyScope {
        agencyIds = Set.copyOf(agencyIds);
    }

    public boolean covers(long agencyId) {
        return wholeProvince || agencyIds.contains(agencyId);
    }

    public boolean isEmpty() {
        return !wholeProvince && agencyIds.isEmpty();
    }
}
