/**
 * Documents: file storage for everything people upload or the system issues — bytes outside the
 * database (a local directory by default; the {@code BlobStore} seam leaves room for an
 * S3-compatible store), metadata and SHA-256 in the {@code stored_file} table, type and size
 * checks on the content itself, integrity verification, and a helper to stream a file back.
 * <p>
 * Depends on: {@code platform}. The API is the types in this package:
 * {@link vn.motcua.documents.FileStorage} stores, opens, attaches and verifies files;
 * {@link vn.motcua.documents.Downloads} builds the HTTP response a controller returns once it has
 * checked that the caller may see the file (the dossier module authorizes, not this one).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "platform")
package vn.motcua.documents;
