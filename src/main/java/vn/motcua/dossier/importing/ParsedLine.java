package vn.motcua.dossier.importing;

import java.time.Instant;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/** One line of the import file, read and checked on its own (no look-up yet). */
record ParsedLine(String code, String procedureCode, String agencyCode, String receivingAgencyCode, Channel channel,
        Applicant applicant, Instant receivedAt, Instant dueAt, DossierStatus status, Instant finishedAt,
        String result, Instant returnedAt, String hash) {
}
