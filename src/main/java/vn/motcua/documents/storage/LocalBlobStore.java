package vn.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bytes in a local directory (with several nodes: one mounted and shared by all of them), at
 * {@code <root>/ab/cd/<key>} where {@code abcd} starts the key: 65,536 leaf directories, so that
 * millions of files leave a few dozen in each and no directory listing becomes slow.
 * Uploads are received in {@code <root>/.staging} — the same file system — and renamed into place
 * atomically, so a reader never sees half a file.
 */
public class LocalBlobStore implements BlobStore {

    // Keys come from our own UUIDs; anything else (a path, "..") is refused before touching the disk.
    private static final Pattern KEY = Pattern.compile("[0-9a-zA-Z][0-9a-zA-Z-]{3,63}");

    private final Path root;
    private final Path staging;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(".staging");
        try {
            // Created at start so that a directory the application cannot write fails at once, not at the first upload.
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the file storage directory " + staging, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public Path newStagingFile() throws IOException {
        return Files.createTempFile(staging, "upload-", ".part");
    }

    @Override
    public void put(String key, Path staged) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean delete(String key) throws IOException {
        return Files.deleteIfExists(path(key));
    }

    @Override
    public int cleanStaging(Instant before) throws IOException {
        List<Path> stale;
        try (Stream<Path> files = Files.list(staging)) {
            stale = files.filter(p -> lastModified(p).isBefore(before)).toList();
        }
        int removed = 0;
        for (Path p : stale) {
            removed += Files.deleteIfExists(p) ? 1 : 0;
        }
        return removed;
    }

    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static Instant lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // gone meanwhile or unreadable: leave it alone
        }
    }
}
