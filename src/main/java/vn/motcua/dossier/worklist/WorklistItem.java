package vn.motcua.dossier.worklist;

import java.time.Instant;

import vn.motcua.dossier.DossierStatus;

/** A line of a worklist or a search result. */
public record WorklistItem(String code, String procedureCode, String procedureName, String applicantName,
        DossierStatus status, String stepRole, Long stepAgencyId, Long assigneeId, Instant receivedAt,
        Instant stepDueAt, Instant dueAt, boolean overdue) {
}
