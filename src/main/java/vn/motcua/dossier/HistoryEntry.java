package vn.motcua.dossier;

import java.time.Instant;

import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.security.Role;

/**
 * One row of a dossier's append-only history: who (account, name, role, agency), when, from which
 * status and step to which, the due instant of the step that was left, a note and details (JSON).
 */
public record HistoryEntry(Instant occurredAt, DossierAction action, Long actorAccountId, String actorName,
        Role actorRole, Long actorAgencyId, DossierStatus from, DossierStatus to, Integer fromStep, Integer toStep,
        Instant stepDueAt, String note, String payload, String requestId) {
}
