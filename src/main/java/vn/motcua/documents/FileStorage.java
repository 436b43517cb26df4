package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import vn.motcua.documents.storage.BlobStore;
import vn.motcua.documents.storage.FileNames;
import vn.motcua.documents.storage.FileSniffer;
import vn.motcua.documents.storage.FileType;
import vn.motcua.documents.storage.HashingSink;
import vn.motcua.documents.storage.StoredFileStore;
import vn.motcua.platform.web.ProblemException;

/**
 * Keeps uploaded and issued files: bytes in the {@link BlobStore}, metadata in {@code stored_file}.
 * <p>
 * An upload is received into a staging file while its size is counted and its SHA-256 computed
 * (never held in memory), then checked — a name with an allowed extension, not empty, within the
 * size limit, content that really is an allowed type and agrees with the extension — and only then
 * moved into place and recorded. A refused or failed upload leaves nothing: no bytes, no row.
 * <p>
 * A stored file is an orphan until {@link #attach} records that something (a dossier, the
 * citizen's document store) refers to it; orphans older than {@code motcua.documents.orphan-after}
 * are removed by the sweep, and only orphans may be {@linkplain #delete deleted}. Callers check who
 * may see a file; this service does not know dossiers.
 */
@Service
public class FileStorage {

    static final String FIELD = "file";
    private static final int ORPHAN_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final StoredFileStore files;
    private final BlobStore blobs;
    private final Clock clock;
    private final long maxSize;
    private final Set<FileType> allowed;

    FileStorage(StoredFileStore files, BlobStore blobs, Clock clock,
            @Value("${motcua.documents.max-size:20MB}") DataSize maxSize,
            @Value("${motcua.documents.allowed-types:pdf,jpeg,png,tiff,doc,docx,xls,xlsx,odt,ods}") Set<FileType> allowed) {
        this.files = files;
        this.blobs = blobs;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
        this.allowed = allowed.isEmpty() ? EnumSet.noneOf(FileType.class) : EnumSet.copyOf(allowed);
    }

    /**
     * Receives, checks and keeps a file. The content type is detected from the bytes; what the
     * client declared is not even asked for. Throws a field problem on {@code file} when refused.
     * Within a transaction that rolls back, the bytes are removed again.
     */
    public StoredFile store(String originalName, InputStream content) {
        String name = FileNames.clean(originalName);
        String extension = FileNames.extension(name);
        if (extension.isEmpty()) {
            throw ProblemException.invalid(FIELD, "documents.file.name");
        }
        if (allowed.stream().noneMatch(t -> t.hasExtension(extension))) {
            throw ProblemException.invalid(FIELD, "documents.file.type", allowedList());
        }
        try {
            Path staged = blobs.newStagingFile();
            try {
                return keep(name, extension, staged, receive(content, staged));
            } finally {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StoredFile> find(String id) {
        return isId(id) ? files.find(id) : Optional.empty();
    }

    /** The bytes of a stored file, to be closed by the caller; not found when no such file is recorded. */
    public InputStream open(String id) {
        require(id);
        try {
            return blobs.open(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records that something now refers to the file, in the caller's transaction: the sweep and
     * {@link #delete} leave it alone from then on. Attaching again (a reused document) is harmless.
     */
    public void attach(String id) {
        if (!isId(id) || !files.attach(id, clock.instant())) {
            throw ProblemException.notFound("documents.file.notFound", id);
        }
    }

    /** Deletes a file nothing was ever attached to (an upload the user took back). */
    public void delete(String id) {
        if (!isId(id) || !files.deleteUnattached(id)) {
            require(id);
            throw ProblemException.conflict("documents.file.attached");
        }
        afterCommit(() -> removeBytes(id));
    }

    /** Reads the bytes again and compares them with the size and SHA-256 recorded on receipt. */
    public Integrity verify(String id) {
        StoredFile file = require(id);
        HashingSink digest = new HashingSink();
        try (InputStream in = blobs.open(id)) {
            in.transferTo(digest);
        } catch (NoSuchFileException e) {
            log.warn("Stored file {} has no bytes in the store", id);
            return Integrity.MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (digest.size() == file.size() && digest.hex().equals(file.sha256())) {
            return Integrity.INTACT;
        }
        log.warn("Stored file {} was altered: {} bytes, SHA-256 {}", id, digest.size(), digest.hex());
        return Integrity.ALTERED;
    }

    /**
     * Removes files never attached and received before {@code storedBefore} (uploads of forms
     * never submitted), and staging files a crash left behind. Safe on several nodes at once: a row
     * is deleted by one of them only. Returns how many files were removed.
     */
    public int removeOrphans(Instant storedBefore) {
        int removed = 0;
        List<String> batch;
        do {
            batch = files.orphans(storedBefore, ORPHAN_BATCH);
            for (String id : batch) {
                if (files.deleteUnattached(id)) {
                    removeBytes(id);
                    removed++;
                }
            }
        } while (batch.size() == ORPHAN_BATCH);
        try {
            blobs.cleanStaging(storedBefore);
        } catch (IOException e) {
            log.warn("Could not clean the staging directory: {}", e.toString());
        }
        return removed;
    }

    private HashingSink receive(InputStream content, Path staged) throws IOException {
        HashingSink digest = new HashingSink();
        byte[] buffer = new byte[64 * 1024];
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                digest.write(buffer, 0, n);
                if (digest.size() > maxSize) {
                    // Stop reading at once: the rest of an oversize upload is not worth a disk write.
                    throw ProblemException.invalid(FIELD, "documents.file.tooLarge", readable(maxSize));
                }
                out.write(buffer, 0, n);
            }
            // The row about to be committed promises the bytes exist: make them survive a power cut.
            channel.force(true);
        }
        return digest;
    }

    private StoredFile keep(String name, String extension, Path staged, HashingSink digest) throws IOException {
        if (digest.size() == 0) {
            throw ProblemException.invalid(FIELD, "documents.file.empty");
        }
        FileType type = FileSniffer.detect(staged).filter(allowed::contains)
                .orElseThrow(() -> ProblemException.invalid(FIELD, "documents.file.type", allowedList()));
        if (!type.hasExtension(extension)) {
            throw ProblemException.invalid(FIELD, "documents.file.mismatch", extension, type.extensions().get(0));
        }
        // Truncated to what PostgreSQL keeps, so the record returned equals the one read back later.
        StoredFile file = new StoredFile(UUID.randomUUID().toString(), name, type.contentType(), digest.size(),
                digest.hex(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        blobs.put(file.id(), staged);
        try {
            files.insert(file);
        } catch (RuntimeException e) {
            removeBytes(file.id());
            throw e;
        }
        removeBytesOnRollback(file.id());
        return file;
    }

    private StoredFile require(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("documents.file.notFound", id));
    }

    private static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    // "20 MB" rather than 20971520: the limit as a person reads it.
    private static String readable(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        return bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? (bytes >> 10) + " KB" : bytes + " B";
    }

    private String allowedList() {
        return allowed.stream().flatMap(t -> t.extensions().stream().limit(1)).map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }

    private void removeBytesOnRollback(String id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        removeBytes(id);
                    }
                }
            });
        }
    }

    // Bytes go only once the row's deletion is committed: a rollback must find them still there.
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private void removeBytes(String id) {
        try {
            blobs.delete(id);
        } catch (IOException e) {
            // Bytes without a row harm nobody but take space; say so for the operator.
            log.warn("Could not remove the bytes of file {}: {}", id, e.toString());
        }
    }
}
