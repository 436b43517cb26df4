package vn.motcua.organization.agency;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyType;

/** Search criteria of the agency list; every part is optional. */
public record AgencyFilter(String q, AgencyType type, AdministrativeLevel level, Long parent, Boolean active) {
}
