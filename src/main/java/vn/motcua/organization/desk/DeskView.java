package vn.motcua.organization.desk;

import java.util.List;

import vn.motcua.organization.AdministrativeLevel;

/** A one-stop desk as the API and the pages show it. */
public record DeskView(long id, String code, String name, AdministrativeLevel level, boolean serviceCenter,
        long agencyId, String agencyName, Long administrativeUnitId, String address, String phone,
        List<Long> agencyIds, boolean active, int version) {
}
