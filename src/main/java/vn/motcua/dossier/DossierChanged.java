package vn.motcua.dossier;

import java.time.Instant;

/**
 * Published through the outbox in the transaction of every action, for notifications, the national
 * portal sync (status number, step, due instants: NATIONAL-PORTAL.md {@code CapNhatTienDoHoSoMC})
 * and reporting.
 */
public record DossierChanged(String code, String procedureCode, DossierAction action, DossierStatus from,
        DossierStatus to, int nationalStatus, Instant occurredAt, String actorName, Long agencyId, String stepName,
        Instant stepDueAt, Instant dueAt, String note) {
}
