package vn.motcua.organization.agency;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyType;

/** What an administrator sends to create or change an agency; {@code version} only on change. */
public record AgencyCommand(String code, String name, AgencyType type, AdministrativeLevel level,
        Long administrativeUnitId, Long parentId, Integer version) {

    public AgencyCommand normalized() {
        return new AgencyCommand(code == null ? null : code.trim(), name == null ? null : name.trim(), type, level,
                administrativeUnitId, parentId, version);
    }
}
