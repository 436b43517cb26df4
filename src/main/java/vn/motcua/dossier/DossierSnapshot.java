package vn.motcua.dossier;

import java.util.List;

/** A dossier whole, as another system receives it: the current state, every history event, every document. */
public record DossierSnapshot(Dossier dossier, List<HistoryEntry> history, List<DossierDocument> documents) {
}
