package vn.motcua.organization.unit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.motcua.organization.AdministrativeLevel;

/**
 * What an import did, per level: units added, units changed (name, kind, parent...), units left
 * alone because they were already up to date. Units of the edition that the file no longer lists
 * are kept (dossiers may refer to them) and counted in {@code notInFile}.
 */
public record ImportReport(String edition, Map<AdministrativeLevel, Integer> added,
        Map<AdministrativeLevel, Integer> changed, Map<AdministrativeLevel, Integer> unchanged, int notInFile) {

    public ImportReport {
        added = frozen(added);
        changed = frozen(changed);
        unchanged = frozen(unchanged);
    }

    /** For the audit log and the command line. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("edition", edition);
        details.put("added", added);
        details.put("changed", changed);
        details.put("unchanged", unchanged);
        details.put("notInFile", notInFile);
        return details;
    }

    /** Every level present (0 when none), in the order province, district, commune. */
    private static Map<AdministrativeLevel, Integer> frozen(Map<AdministrativeLevel, Integer> counts) {
        Map<AdministrativeLevel, Integer> all = new EnumMap<>(AdministrativeLevel.class);
        for (AdministrativeLevel level : AdministrativeLevel.values()) {
            all.put(level, counts.getOrDefault(level, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
