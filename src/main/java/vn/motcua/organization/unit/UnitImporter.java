package vn.motcua.organization.unit;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.audit.AuditLog;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.web.ProblemException;

/**
 * Imports an official list of administrative units into its edition. Idempotent: a unit already up
 * to date is not written, so importing the same file again changes nothing. One transaction: the
 * whole file is checked first, and a failure leaves nothing half-written.
 */
@Service
class UnitImporter {

    private static final AdministrativeLevel[] PARENTS_FIRST = {
            AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE };

    private final UnitFileParser parser;
    private final UnitStore store;
    private final AuditLog audit;

    UnitImporter(UnitFileParser parser, UnitStore store, AuditLog audit) {
        this.parser = parser;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public ImportReport importFile(InputStream in, String source) {
        UnitFile file = parser.parse(in);
        String edition = file.edition();
        Map<String, UnitStore.Stored> existing = store.byEdition(edition);
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((code, stored) -> ids.put(code, stored.id()));
        Map<AdministrativeLevel, Integer> added = new EnumMap<>(AdministrativeLevel.class);
        Map<AdministrativeLevel, Integer> changed = new EnumMap<>(AdministrativeLevel.class);
        Map<AdministrativeLevel, Integer> unchanged = new EnumMap<>(AdministrativeLevel.class);
        Set<String> listed = new HashSet<>();
        try {
            for (AdministrativeLevel level : PARENTS_FIRST) {
                Map<String, UnitStore.Values> inserts = new LinkedHashMap<>();
                Map<Long, UnitStore.Values> updates = new LinkedHashMap<>();
                int same = 0;
                for (ParsedUnit unit : file.units()) {
                    if (unit.level() != level) {
                        continue;
                    }
                    listed.add(unit.code());
                    UnitStore.Values values = valuesOf(unit, file.format(), ids);
                    UnitStore.Stored stored = existing.get(unit.code());
                    if (stored == null) {
                        inserts.put(unit.code(), values);
                    } else if (!stored.values().equals(values)) {
                        updates.put(stored.id(), values);
                    } else {
                        same++;
                    }
                }
                if (!inserts.isEmpty()) {
                    store.insert(edition, inserts);
                    ids.putAll(store.ids(edition, level));
                }
                if (!updates.isEmpty()) {
                    store.update(updates);
                }
                added.put(level, inserts.size());
                changed.put(level, updates.size());
                unchanged.put(level, same);
            }
        } catch (DuplicateKeyException e) {
            // Another node imported the same edition at the same moment; this one rolls back.
            throw ProblemException.conflict("unit.import.concurrent");
        }
        int notInFile = (int) existing.keySet().stream().filter(code -> !listed.contains(code)).count();
        ImportReport report = new ImportReport(edition, added, changed, unchanged, notInFile);
        audit.record("IMPORT", "administrative_unit", edition, "Import " + (source == null ? "" : source),
                report.details());
        return report;
    }

    private static UnitStore.Values valuesOf(ParsedUnit unit, UnitFileFormat format, Map<String, Long> ids) {
        Long parentId = unit.parentCode() == null ? null : ids.get(unit.parentCode());
        return new UnitStore.Values(unit.name(), unit.nameEn(), unit.fullName(), unit.kind().name(),
                unit.level().name(), parentId, format.validFrom(), format.validTo(), SearchText.fold(unit.name()));
    }
}
