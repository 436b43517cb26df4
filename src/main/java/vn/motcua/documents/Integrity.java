package vn.motcua.documents;

/** The outcome of {@link FileStorage#verify(String)}. */
public enum Integrity {
    /** The bytes have the recorded size and SHA-256. */
    INTACT,
    /** The bytes are there but differ from what was received. */
    ALTERED,
    /** The row exists but the bytes are gone from the store. */
    MISSING
}
