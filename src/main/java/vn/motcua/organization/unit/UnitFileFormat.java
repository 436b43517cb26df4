package vn.motcua.organization.unit;

import java.time.LocalDate;

import vn.motcua.organization.AdministrativeUnits;

/**
 * The two official lists, told apart by their structure: provinces with {@code Wards} (after the
 * 1 July 2025 reform, two levels) or with {@code District} → {@code Ward} (before it, three levels).
 * Each becomes an edition of its own, because codes were reused by the reform.
 */
enum UnitFileFormat {

    TWO_LEVEL(AdministrativeUnits.EDITION_2025, "Wards", LocalDate.of(2025, 7, 1), null),
    THREE_LEVEL(AdministrativeUnits.EDITION_2024, "District", null, LocalDate.of(2025, 6, 30));

    private final String edition;
    private final String childrenField;
    private final LocalDate validFrom;
    private final LocalDate validTo;

    UnitFileFormat(String edition, String childrenField, LocalDate validFrom, LocalDate validTo) {
        this.edition = edition;
        this.childrenField = childrenField;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    String edition() {
        return edition;
    }

    /** The field of a province holding its children. */
    String childrenField() {
        return childrenField;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
