package vn.motcua.dossier.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.lifecycle.Dossier;
import vn.motcua.dossier.lifecycle.DossierDocument;
import vn.motcua.platform.security.Role;

/** A dossier as the API shows it, with the actions the asking actor may take now. */
record DossierView(String code, String procedureCode, int procedureVersion, String procedureName, Channel channel,
        Delivery delivery, DossierStatus status, int nationalStatus, String result, Applicant applicant,
        long resolvingAgencyId, long receivingAgencyId, Integer stepIndex, Long stepAgencyId, Role stepRole,
        Long assigneeId, Instant stepDueAt, Instant submittedAt, Instant receivedAt, Instant dueAt,
        Instant appointmentAt, Instant clockStoppedAt, Instant finishedAt, Instant returnedAt, int supplementCount,
        int version, Set<DossierAction> actions, List<DossierDocument> documents) {

    /** The dossier with the actions {@code actions} the asking actor may take now. */
    static DossierView of(Dossier d, List<DossierDocument> documents, Set<DossierAction> actions) {
        return new DossierView(d.code(), d.procedureCode(), d.procedureVersion(), d.procedureName(), d.channel(),
                d.delivery(), d.status(), d.status().nationalCode(), d.result(), d.applicant(), d.resolvingAgencyId(),
                d.receivingAgencyId(), d.stepIndex(), d.stepAgencyId(), d.stepRole(), d.assigneeId(), d.stepDueAt(),
                d.submittedAt(), d.receivedAt(), d.dueAt(), d.appointmentAt(), d.clockStoppedAt(), d.finishedAt(),
                d.returnedAt(), d.supplementCount(), d.version(), actions, documents);
    }
}
