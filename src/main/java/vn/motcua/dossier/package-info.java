/**
 * Dossier: the dossier aggregate and its lifecycle — intake on every channel, codes, the state
 * machine, process steps and assignments, deadlines, supplements, transfers, results, return,
 * apology, append-only history; the worklists, the public lookup, the deadline watch, the import of
 * an earlier system's dossiers and the report's day counts.
 * <p>
 * Its public API is this package: {@link vn.motcua.dossier.Dossiers} (reads), {@link vn.motcua.dossier.DayCounts},
 * the value types ({@link vn.motcua.dossier.Dossier} and its groups, history, documents, control sheet,
 * step passages) and the events {@link vn.motcua.dossier.DossierChanged} and
 * {@link vn.motcua.dossier.DeadlineApproaching}. Feature folders inside: {@code intake}, {@code processing}
 * (the one writer of the dossier tables), {@code worklist}, {@code lookup}, {@code deadline},
 * {@code importing}, {@code counts}.
 * <p>
 * Depends on: {@code platform}, {@code organization}, {@code calendar}, {@code catalog} (and its named
 * interface {@code search} for the reception page's procedure picker), {@code documents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier", allowedDependencies = { "platform",
        "organization", "calendar", "catalog", "catalog :: search", "documents" })
package vn.motcua.dossier;
