package vn.motcua.documents;

import java.time.Instant;

/**
 * A file kept by {@link FileStorage}. The content type is the one detected from the bytes, never
 * the one the uploader's browser declared.
 *
 * @param id           random UUID; also the key of the bytes in the store
 * @param originalName the uploader's file name without any directory part, for downloads
 * @param contentType  MIME type detected from the content
 * @param size         in bytes
 * @param sha256       lower-case hexadecimal SHA-256 of the content
 * @param storedAt     when it was received
 */
public record StoredFile(String id, String originalName, String contentType, long size, String sha256,
        Instant storedAt) {
}
