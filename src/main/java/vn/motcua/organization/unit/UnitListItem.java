package vn.motcua.organization.unit;

import vn.motcua.organization.AdministrativeUnitRef;

/** A row of the units page: the unit and the name of its parent, shown next to the parent's code. */
public record UnitListItem(AdministrativeUnitRef unit, String parentName) {
}
