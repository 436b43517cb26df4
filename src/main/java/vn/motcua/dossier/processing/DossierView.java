package vn.motcua.dossier.processing;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.platform.security.Role;

/** A dossier as the API shows it, with the actions the asking actor may take now. */
public record DossierView(String code, String procedureCode, int procedureVersion, String procedureName, Channel channel,
        Delivery delivery, DossierStatus status, int nationalStatus, String result, Applicant applicant,
        long resolvingAgencyId, long receivingAgencyId, Integer stepIndex, Long stepAgencyId, Role stepRole,
        Long assigneeId, Instant stepDueAt, Instant submittedAt, Instant receivedAt, Instant dueAt,
        Instant appointmentAt, Instant clockStoppedAt, Instant finishedAt, Instant returnedAt, int supplementCount,
        int version, Set<DossierAction> actions, List<DossierDocument> documents) {

    /** The dossier with the actions {@code actions} the asking actor may take now. */
    public static DossierView of(Dossier d, List<DossierDocument> documents, Set<DossierAction> actions) {
        return new DossierView(d.code(), d.procedure().code(), d.procedure().version(), d.procedure().name(), d.placement().channel(),
                d.placement().delivery(), d.status(), d.status().nationalCode(), d.result(), d.applicant(), d.placement().resolvingAgencyId(),
                d.placement().receivingAgencyId(), d.step().index(), d.step().agencyId(), d.step().role(), d.step().assigneeId(), d.step().dueAt(),
                d.timeline().submittedAt(), d.timeline().receivedAt(), d.timeline().dueAt(), d.timeline().appointmentAt(), d.timeline().clockStoppedAt(), d.timeline().finishedAt(),
                d.timeline().returnedAt(), d.timeline().supplementCount(), d.version(), actions, documents);
    }
}
