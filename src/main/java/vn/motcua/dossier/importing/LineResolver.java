package vn.motcua.dossier.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.VersionInfo;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.RuleSet;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.dossier.processing.ImportPlacement;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.Validation;

/**
 * Turns a parsed line into the stored dossier: looks up the procedure version in force when the
 * dossier was received and the agencies (each once per import run), and fills what the earlier
 * system does not give (docs/operations.md, "Importing dossiers").
 */
final class LineResolver {

    /** Who runs the import, as the history event names them. */
    record Importer(Long accountId, String name) {
    }

    private final Catalog catalog;
    private final ImportPlacement placement;
    private final Map<String, AgencyRef> agencies;
    private final Importer importer;
    private final String source;
    private final Instant now;
    private final ZoneId zone;
    private final Map<String, List<VersionInfo>> histories = new HashMap<>();
    private final Map<String, Optional<ProcedureVersion>> versions = new HashMap<>();

    LineResolver(Catalog catalog, ImportPlacement placement, List<AgencyRef> agencies, Importer importer,
            String source, Instant now, ZoneId zone) {
        this.catalog = catalog;
        this.placement = placement;
        this.agencies = new HashMap<>();
        agencies.forEach(a -> this.agencies.put(a.code(), a));
        this.importer = importer;
        this.source = source;
        this.now = now;
        this.zone = zone;
    }

    /** The dossier to store, or null with the problems added to {@code v}. */
    ImportedDossier resolve(int lineNumber, String text, ParsedLine p, Validation v) {
        ProcedureVersion procedure = procedureAt(p.procedureCode(), p.receivedAt()).orElse(null);
        v.check(procedure != null, "procedureCode", "dossier.import.procedure", p.procedureCode());
        AgencyRef resolving = agencies.get(p.agencyCode());
        v.check(resolving != null, "agencyCode", "dossier.import.agency", p.agencyCode());
        AgencyRef receiving = agencies.get(p.receivingAgencyCode());
        v.check(receiving != null, "receivingAgencyCode", "dossier.import.agency", p.receivingAgencyCode());
        if (v.hasProblems()) {
            return null;
        }
        var content = procedure.content();
        // Resolved and already handed back is what motcua calls RETURNED (the line stays in the history).
        DossierStatus status = p.status() == DossierStatus.RESOLVED && p.returnedAt() != null
                ? DossierStatus.RETURNED : p.status();
        Dossier d = new Dossier(0, p.code(), status, p.result(),
                new Dossier.Procedure(content.code(), procedure.version(), content.name(), content.field(),
                        resolving.level().name(), content.onlineLevel().name()),
                new Dossier.Placement(resolving.id(), receiving.id(), null, p.channel(),
                        p.channel() == Channel.ONLINE ? Delivery.ONLINE : Delivery.COUNTER),
                Dossier.CurrentStep.NONE,
                new Dossier.Timeline(p.receivedAt(), p.receivedAt(), p.dueAt(), null, null, p.finishedAt(),
                        p.returnedAt(), 0),
                p.applicant(), new Dossier.Filing(null, null, null, RuleSet.inForceAt(p.receivedAt(), zone)), 0);
        d = placed(d);
        HistoryEntry event = new HistoryEntry(now, DossierAction.IMPORT, importer.accountId(), importer.name(),
                importer.accountId() == null ? null : Role.ADMIN, null, null, status, null, d.step().index(), null,
                source, text.length() <= LineParser.MAX_LINE ? text.strip() : null, null);
        return new ImportedDossier(lineNumber, d, p.hash(), event);
    }

    /**
     * Open dossiers wait at the first processing step, a resolved one at the return of its result
     * (where reception finds it, as a native one), others (returned, withdrawn, stopped) at none.
     */
    private Dossier placed(Dossier d) {
        Optional<ImportPlacement.Step> step = switch (d.status()) {
            case RESOLVED -> placement.returnStep(d);
            case RETURNED, WITHDRAWN, STOPPED, SUBMITTED, INTAKE_REFUSED -> Optional.empty();
            default -> placement.firstProcessingStep(d);
        };
        if (step.isEmpty()) {
            return d;
        }
        ImportPlacement.Step s = step.get();
        boolean clockStopped = d.status() != DossierStatus.PROCESSING && d.status() != DossierStatus.RESOLVED;
        Dossier.Timeline t = d.timeline();
        return new Dossier(0, d.code(), d.status(), d.result(), d.procedure(), d.placement(),
                new Dossier.CurrentStep(s.index(), 0, s.agencyId(), s.role(), null,
                        t.finishedAt() != null ? t.finishedAt() : t.receivedAt(), t.dueAt()),
                new Dossier.Timeline(t.submittedAt(), t.receivedAt(), t.dueAt(), null, clockStopped ? now : null,
                        t.finishedAt(), t.returnedAt(), 0),
                d.applicant(), d.filing(), 0);
    }

    /**
     * The version published last at or before {@code receivedAt}; the first version when the catalog
     * was filled after the dossier was received (the usual case for a migration).
     */
    private Optional<ProcedureVersion> procedureAt(String code, Instant receivedAt) {
        List<VersionInfo> history = histories.computeIfAbsent(code, catalog::history);
        Optional<VersionInfo> chosen = history.stream().filter(h -> !h.publishedAt().isAfter(receivedAt))
                .max(Comparator.comparingInt(VersionInfo::version))
                .or(() -> history.stream().min(Comparator.comparingInt(VersionInfo::version)));
        return chosen.flatMap(h -> versions.computeIfAbsent(code + "#" + h.version(),
                k -> catalog.version(code, h.version())));
    }
}
