package vn.motcua.dossier.importing;

import java.util.List;

import vn.motcua.platform.i18n.LocalizedText;

/**
 * What an import did: dossiers written, lines already imported with the same content, lines
 * refused, and every refusal with its line number (1-based), field and message.
 */
public record ImportReport(int imported, int unchanged, int rejected, List<LineError> errors) {

    /** One refused line's problem; {@code field} is {@code "line"} when the line as a whole is wrong. */
    public record LineError(int line, String field, LocalizedText message) {
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** The same counts with only the first {@code max} errors, for a page or a job's stored result. */
    public ImportReport firstErrors(int max) {
        return errors.size() <= max ? this : new ImportReport(imported, unchanged, rejected, errors.subList(0, max));
    }
}
