package vn.motcua.reporting;

import java.time.Instant;

/** A dossier behind a number of the report, as the drill-down lists it. */
public record DossierLine(String code, String procedureCode, String procedureName, String status, String channel,
        String agencyCode, String agencyName, Instant receivedAt, Instant dueAt, Instant finishedAt) {
}
