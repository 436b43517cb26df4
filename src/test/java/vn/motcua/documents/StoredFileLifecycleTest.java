package vn.motcua.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import vn.motcua.documents.storage.FileType;
import vn.motcua.documents.storage.LocalBlobStore;
import vn.motcua.documents.storage.StoredFileStore;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.documents.FileStorageTest.stream;

/** Attaching, deleting, transactions and the orphan sweep. */
@IntegrationTest
class StoredFileLifecycleTest {

    @TempDir
    Path root;
    @Autowired
    StoredFileStore rows;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate tx;

    FileStorage storage(Clock at) {
        return new FileStorage(rows, new LocalBlobStore(root), at, DataSize.ofMegabytes(1), EnumSet.allOf(FileType.class));
    }

    @Test
    void anUploadNothingRefersToCanBeDeletedAndLeavesNothing() {
        FileStorage storage = storage(clock);
        StoredFile file = storage.store("nhầm.pdf", stream(SampleFiles.pdf()));
        storage.delete(file.id());
        assertThat(storage.find(file.id())).isEmpty();
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void anAttachedFileCannotBeDeletedAndMayBeAttachedAgain() {
        FileStorage storage = storage(clock);
        StoredFile file = storage.store("giấy tờ dùng lại.pdf", stream(SampleFiles.pdf()));
        storage.attach(file.id());
        storage.attach(file.id());
        assertThatThrownBy(() -> storage.delete(file.id())).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.messageKey()).isEqualTo("documents.file.attached"));
        assertThat(storage.verify(file.id())).isEqualTo(Integrity.INTACT);
    }

    @Test
    void unknownFilesCannotBeAttachedOrDeleted() {
        FileStorage storage = storage(clock);
        String unknown = UUID.randomUUID().toString();
        assertThatThrownBy(() -> storage.attach(unknown)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.messageKey()).isEqualTo("documents.file.notFound"));
        assertThatThrownBy(() -> storage.delete(unknown)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.messageKey()).isEqualTo("documents.file.notFound"));
        assertThatThrownBy(() -> storage.delete("../../x")).isInstanceOf(ProblemException.class);
    }

    @Test
    void bytesStoredInATransactionThatRollsBackAreRemoved() {
        FileStorage storage = storage(clock);
        AtomicReference<StoredFile> stored = new AtomicReference<>();
        tx.executeWithoutResult(status -> {
            stored.set(storage.store("hồ sơ bị hủy.pdf", stream(SampleFiles.pdf())));
            assertThat(regularFiles()).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(storage.find(stored.get().id())).isEmpty();
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void aDeletionThatRollsBackKeepsTheBytes() {
        FileStorage storage = storage(clock);
        StoredFile file = storage.store("còn giữ.pdf", stream(SampleFiles.pdf()));
        tx.executeWithoutResult(status -> {
            storage.delete(file.id());
            status.setRollbackOnly();
        });
        assertThat(storage.find(file.id())).contains(file);
        assertThat(storage.verify(file.id())).isEqualTo(Integrity.INTACT);
    }

    @Test
    void theSweepRemovesOldUploadsNothingWasAttachedTo() throws IOException {
        FileStorage threeDaysAgo = storage(Clock.fixed(clock.instant().minus(Duration.ofDays(3)), ZoneOffset.UTC));
        StoredFile abandoned = threeDaysAgo.store("bỏ dở.pdf", stream(SampleFiles.pdf()));
        StoredFile submitted = threeDaysAgo.store("đã nộp.pdf", stream(SampleFiles.pdf()));
        threeDaysAgo.attach(submitted.id());
        FileStorage now = storage(clock);
        StoredFile recent = now.store("đang soạn.pdf", stream(SampleFiles.pdf()));
        Path crashed = Files.writeString(root.resolve(".staging/upload-crashed.part"), "half");
        Files.setLastModifiedTime(crashed, FileTime.from(clock.instant().minus(Duration.ofDays(2))));

        int removed = now.removeOrphans(clock.instant().minus(Duration.ofHours(24)));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(now.find(abandoned.id())).isEmpty();
        assertThat(now.find(submitted.id())).isPresent();
        assertThat(now.find(recent.id())).isPresent();
        assertThat(regularFiles()).hasSize(2).noneMatch(p -> p.getFileName().toString().equals(abandoned.id()));
    }

    private List<Path> regularFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
