package vn.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the bytes of stored files live, by key (the file's id). The local directory is the only
 * implementation so far; an S3-compatible one would stage on local disk the same way (an upload is
 * received and checked before it is kept), upload in {@link #put} and read through {@link #open}.
 * Keys are never reused, so no implementation has to handle overwrites.
 */
public interface BlobStore {

    /** A new empty file on this node's disk where an upload is received and checked. */
    Path newStagingFile() throws IOException;

    /** Keeps the staged file's bytes under {@code key}; afterwards the staged file is gone. */
    void put(String key, Path staged) throws IOException;

    /** The bytes under {@code key}; {@link java.nio.file.NoSuchFileException} when there are none. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes under {@code key}; false when there were none. */
    boolean delete(String key) throws IOException;

    /** Removes staging files left behind by a crash, last written before {@code before}. */
    int cleanStaging(Instant before) throws IOException;
}
