package vn.motcua.dossier;

import java.time.Instant;

/** A document of a dossier: submitted, supplied, or a result. */
public record DossierDocument(String kind, String requirement, String fileId, String fileName, String sha256,
        Long size, String contentType, Instant addedAt, String addedBy) {
}
