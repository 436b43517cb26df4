package vn.motcua.organization;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Kind of administrative unit (Loại đơn vị hành chính), read from the start of its full name.
 * "Thành phố" is a centrally-run city at province level and a provincial city at district level.
 */
public enum AdministrativeUnitKind {
    /** Tỉnh. */
    PROVINCE(AdministrativeLevel.PROVINCE, "Tỉnh"),
    /** Thành phố trực thuộc trung ương. */
    CENTRAL_CITY(AdministrativeLevel.PROVINCE, "Thành phố"),
    /** Huyện. */
    RURAL_DISTRICT(AdministrativeLevel.DISTRICT, "Huyện"),
    /** Quận. */
    URBAN_DISTRICT(AdministrativeLevel.DISTRICT, "Quận"),
    /** Thị xã. */
    DISTRICT_TOWN(AdministrativeLevel.DISTRICT, "Thị xã"),
    /** Thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương). */
    PROVINCIAL_CITY(AdministrativeLevel.DISTRICT, "Thành phố"),
    /** Xã. */
    COMMUNE(AdministrativeLevel.COMMUNE, "Xã"),
    /** Phường. */
    WARD(AdministrativeLevel.COMMUNE, "Phường"),
    /** Thị trấn. */
    TOWNSHIP(AdministrativeLevel.COMMUNE, "Thị trấn"),
    /** Đặc khu (commune-level special zone since 1 July 2025). */
    SPECIAL_ZONE(AdministrativeLevel.COMMUNE, "Đặc khu");

    private final AdministrativeLevel level;
    private final String prefix;

    AdministrativeUnitKind(AdministrativeLevel level, String prefix) {
        this.level = level;
        this.prefix = prefix;
    }

    public AdministrativeLevel level() {
        return level;
    }

    /** The Vietnamese word that starts the unit's full name ("Phường", "Thị trấn"...). */
    public String prefix() {
        return prefix;
    }

    /**
     * The kind of a unit of {@code level} whose full name is {@code fullName}, if the name starts
     * with a known word. Case is ignored: the official list has "xã Bắc Sơn" among "Xã ..." names.
     */
    public static Optional<AdministrativeUnitKind> of(AdministrativeLevel level, String fullName) {
        if (fullName == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(fullName, Normalizer.Form.NFC);
        for (AdministrativeUnitKind kind : values()) {
            int length = kind.prefix.length();
            if (kind.level == level && name.length() > length && name.regionMatches(true, 0, kind.prefix, 0, length)
                    && Character.isWhitespace(name.charAt(length))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
