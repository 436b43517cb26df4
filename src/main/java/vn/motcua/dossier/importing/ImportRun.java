package vn.motcua.dossier.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.FieldProblem;

/** The counts and errors of one import run, as they grow line by line. */
final class ImportRun {

    int imported;
    int unchanged;
    int rejected;
    /** The number of dossiers written when the database statistics were last refreshed. */
    int analyzedAt = 500;
    private final List<ImportReport.LineError> errors = new ArrayList<>();
    private final Messages messages;

    ImportRun(Messages messages) {
        this.messages = messages;
    }

    /** Refuses the line, with one error per field (the first problem of each) in both languages. */
    void reject(int line, List<FieldProblem> problems) {
        rejected++;
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        byField.values().forEach(p -> errors.add(new ImportReport.LineError(line, p.field(),
                messages.text(p.messageKey(), p.args()))));
    }

    ImportReport report() {
        return new ImportReport(imported, unchanged, rejected, errors);
    }
}
