package vn.motcua.dossier.processing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.documents.FileStorage;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.IntakeCommand;
import vn.motcua.dossier.processing.Transitions;
import vn.motcua.platform.web.Validation;

/** Turns the documents named in a request into stored files, refusing unknown ids field by field. */
@Component
class Attachments {

    private final FileStorage files;

    Attachments(FileStorage files) {
        this.files = files;
    }

    /** The columns of a dossier's document: the requirement it answers and the file's name. */
    static void validate(Validation v, IntakeCommand.SubmittedDocument doc, String prefix) {
        v.line(prefix + "requirement", doc.requirement(), 500);
        v.line(prefix + "fileName", doc.fileName(), 255);
        v.line(prefix + "fileId", doc.fileId(), 36);
    }

    List<Transitions.AddedDocument> resolve(List<IntakeCommand.SubmittedDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            return List.of();
        }
        Validation v = new Validation();
        List<Transitions.AddedDocument> result = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            IntakeCommand.SubmittedDocument doc = documents.get(i);
            StoredFile file = doc.fileId() == null ? null : files.find(doc.fileId()).orElse(null);
            v.check(doc.fileId() == null || file != null, "documents[" + i + "].fileId", "problem.field.unknown");
            v.check(doc.fileId() != null || doc.fileName() != null, "documents[" + i + "].fileName",
                    "problem.field.required");
            validate(v, doc, "documents[" + i + "].");
            result.add(new Transitions.AddedDocument(doc.requirement(), file, doc.fileName()));
        }
        v.throwIfInvalid();
        return result;
    }
}
