package vn.motcua.dossier.importing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.processing.DossierStore;

/**
 * Hands one import batch to the dossier store, in the caller's transaction: the rows, their one
 * "imported" history event each and the batch's report day counts. Whatever else must follow a stored
 * dossier in the same transaction belongs in {@link #write}, which receives the batch's fully built rows.
 */
@Component
public class ImportWriter {

    private final DossierStore store;

    ImportWriter(DossierStore store) {
        this.store = store;
    }

    /** Stores the batch whole; must run in the transaction that makes the batch all-or-nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(List<ImportedDossier> rows) {
        store.insertBatch(rows.stream().map(ImportWriter::row).toList(),
                rows.stream().map(ImportedDossier::event).toList());
    }

    /**
     * A deadline already past when imported was the earlier system's to remind of: no reminder is sent
     * for it (finished dossiers, and open ones imported overdue). Deadlines to come are watched.
     */
    private static DossierStore.NewRow row(ImportedDossier r) {
        Dossier d = r.dossier();
        Instant now = r.event().occurredAt();
        boolean past = d.status().isFinished() || Timeliness.overdue(d.timeline().dueAt(), now);
        Instant stepDue = d.step().dueAt();
        Integer stepPast = stepDue != null && Timeliness.overdue(stepDue, now) ? d.step().index() : null;
        return new DossierStore.NewRow(d, past, past, stepPast, stepPast, r.importHash());
    }
}
