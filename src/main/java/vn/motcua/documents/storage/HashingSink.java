package vn.motcua.documents.storage;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) the bytes written to it without keeping them. */
public final class HashingSink extends OutputStream {

    private final MessageDigest sha256;
    private long size;
    private String hex;

    public HashingSink() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (hex != null) {
            throw new IllegalStateException("Already finished");
        }
        sha256.update(b, off, len);
        size += len;
    }

    public long size() {
        return size;
    }

    /** Lower-case hexadecimal SHA-256 of everything written; no more writes afterwards. */
    public String hex() {
        if (hex == null) {
            hex = HexFormat.of().formatHex(sha256.digest());
        }
        return hex;
    }
}
