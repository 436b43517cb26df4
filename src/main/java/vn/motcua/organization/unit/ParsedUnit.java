package vn.motcua.organization.unit;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AdministrativeUnitKind;

/** One unit read from an official file; parents always come before their children. */
record ParsedUnit(String code, String name, String nameEn, String fullName, AdministrativeUnitKind kind,
        String parentCode) {

    AdministrativeLevel level() {
        return kind.level();
    }
}
