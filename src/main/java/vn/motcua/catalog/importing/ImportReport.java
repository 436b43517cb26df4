package vn.motcua.catalog.importing;

import java.util.List;

/** The outcome of an import: counts, and every error with its row and field. */
public record ImportReport(int total, int created, int updated, int unchanged, int failed, long millis,
        List<RowError> errors) {
}
