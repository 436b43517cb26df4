package vn.motcua.dossier.importing;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.HistoryEntry;

/**
 * A line turned into what is stored: the dossier row (its id not yet known), the hash of the
 * normalized line that makes a re-import recognizable, and its one "imported" history event.
 */
public record ImportedDossier(int line, Dossier dossier, String importHash, HistoryEntry event) {
}
