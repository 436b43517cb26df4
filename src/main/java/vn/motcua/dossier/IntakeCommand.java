package vn.motcua.dossier;

import java.util.List;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;

/**
 * A new dossier. Online submissions leave {@code decision} empty (the dossier waits for a reception
 * officer); at the counter or by post the officer decides at once: {@code RECEIVE},
 * {@code SUPPLEMENT} (with the items to supply in {@code note}) or {@code REFUSE} (with the reason).
 * {@code agencyCode} names the resolving people's committee for procedures resolved "where received".
 */
public record IntakeCommand(String procedureCode, String agencyCode, Channel channel, Delivery delivery,
        Applicant applicant, String representative, String summary, List<SubmittedDocument> documents,
        Decision decision, String note, String requestId) {

    public enum Decision { RECEIVE, SUPPLEMENT, REFUSE }

    /** A document of the dossier: the requirement it answers (by name) and the stored file. */
    public record SubmittedDocument(String requirement, String fileId, String fileName) {
    }

    public IntakeCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
