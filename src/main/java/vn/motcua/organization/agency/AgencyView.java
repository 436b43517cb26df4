package vn.motcua.organization.agency;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyType;

/** An agency as the API and the pages show it. */
public record AgencyView(long id, String code, String name, AgencyType type, AdministrativeLevel level,
        Long administrativeUnitId, Long parentId, String parentName, boolean active, int version) {
}
