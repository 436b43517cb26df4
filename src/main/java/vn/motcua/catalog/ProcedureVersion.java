package vn.motcua.catalog;

import java.time.Instant;

/**
 * One published, immutable version of a procedure. A dossier records {@code (code, version)} when it
 * starts and keeps running on this content whatever is published later.
 */
public record ProcedureVersion(String code, int version, Instant publishedAt, String publishedBy,
        ProcedureDefinition content) {
}
