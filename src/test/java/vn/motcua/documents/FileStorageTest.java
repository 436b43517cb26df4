package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import vn.motcua.documents.storage.FileType;
import vn.motcua.documents.storage.LocalBlobStore;
import vn.motcua.documents.storage.StoredFileStore;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.FieldProblem;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Storing and checking uploads, on the real file system (a fresh directory per test) and the test database. */
@IntegrationTest
class FileStorageTest {

    @TempDir
    Path root;
    @Autowired
    StoredFileStore rows;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    FileStorage storage(long maxBytes) {
        return new FileStorage(rows, new LocalBlobStore(root), clock, DataSize.ofBytes(maxBytes),
                EnumSet.allOf(FileType.class));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("Giấy khai sinh.pdf", "application/pdf", (Supplier<byte[]>) SampleFiles::pdf),
                Arguments.of("ảnh CCCD mặt trước.JPG", "image/jpeg", (Supplier<byte[]>) SampleFiles::jpeg),
                Arguments.of("sơ đồ.png", "image/png", (Supplier<byte[]>) SampleFiles::png),
                Arguments.of("bản scan.tif", "image/tiff", (Supplier<byte[]>) SampleFiles::tiff),
                Arguments.of("đơn.doc", "application/msword", (Supplier<byte[]>) SampleFiles::doc),
                Arguments.of("đơn.docx", FileType.DOCX.contentType(), (Supplier<byte[]>) SampleFiles::docx),
                Arguments.of("bảng kê.xls", "application/vnd.ms-excel", (Supplier<byte[]>) SampleFiles::xls),
                Arguments.of("bảng kê.xlsx", FileType.XLSX.contentType(), (Supplier<byte[]>) SampleFiles::xlsx),
                Arguments.of("tờ trình.odt", FileType.ODT.contentType(), (Supplier<byte[]>) SampleFiles::odt),
                Arguments.of("bảng tính.ods", FileType.ODS.contentType(), (Supplier<byte[]>) SampleFiles::ods));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void keepsEachAcceptedKindWithItsDetectedTypeSizeAndHash(String name, String type, Supplier<byte[]> sample)
            throws Exception {
        byte[] content = sample.get();
        StoredFile file = storage(1 << 20).store(name, new ByteArrayInputStream(content));

        assertThat(file.originalName()).isEqualTo(name);
        assertThat(file.contentType()).isEqualTo(type);
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(storage(1 << 20).find(file.id())).contains(file);
        try (InputStream in = storage(1 << 20).open(file.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        Path sharded = root.resolve(file.id().substring(0, 2)).resolve(file.id().substring(2, 4)).resolve(file.id());
        assertThat(sharded).hasBinaryContent(content);
        assertThat(regularFiles()).containsExactly(sharded);
    }

    @Test
    void refusesAnExecutable() {
        assertRefused(() -> storage(1 << 20).store("setup.exe", stream(SampleFiles.exe())), "documents.file.type");
    }

    @Test
    void refusesATextFileRenamedPdfAndLeavesNothingBehind() {
        String name = TestData.unique("to-khai") + ".pdf";
        FieldProblem problem = assertRefused(() -> storage(1 << 20).store(name, stream(SampleFiles.text())),
                "documents.file.type");
        assertThat(problem.args()).containsExactly(".pdf, .jpg, .png, .tif, .doc, .docx, .xls, .xlsx, .odt, .ods");
        assertThat(regularFiles()).isEmpty();
        assertThat(jdbc.sql("select count(*) from stored_file where original_name = :n").param("n", name)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesContentThatContradictsTheExtension() {
        FieldProblem problem = assertRefused(() -> storage(1 << 20).store("bảng kê.xlsx", stream(SampleFiles.docx())),
                "documents.file.mismatch");
        assertThat(problem.args()).containsExactly("xlsx", "docx");
        assertRefused(() -> storage(1 << 20).store("ảnh.jpg", stream(SampleFiles.png())), "documents.file.mismatch");
        assertRefused(() -> storage(1 << 20).store("macro.docx", stream(SampleFiles.docm())), "documents.file.type");
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void refusesAnEmptyFileAndANameWithoutExtension() {
        assertRefused(() -> storage(1 << 20).store("trống.pdf", stream(new byte[0])), "documents.file.empty");
        assertRefused(() -> storage(1 << 20).store("C:\\scan", stream(SampleFiles.pdf())), "documents.file.name");
        assertRefused(() -> storage(1 << 20).store(null, stream(SampleFiles.pdf())), "documents.file.name");
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void stopsReadingAnOversizeUploadAtTheLimit() {
        CountingStream endless = new CountingStream(100L << 20);
        FieldProblem problem = assertRefused(() -> storage(1024).store("lớn.pdf", endless), "documents.file.tooLarge");
        assertThat(problem.args()).containsExactly("1 KB");
        assertThat(endless.read).isLessThan(1 << 20);
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] pdf = SampleFiles.pdf();
        assertThat(storage(pdf.length).store("vừa.pdf", stream(pdf)).size()).isEqualTo(pdf.length);
    }

    @Test
    void takesOnlyTheTypesTheProvinceAllows() {
        FileStorage pdfOnly = new FileStorage(rows, new LocalBlobStore(root), clock, DataSize.ofMegabytes(1),
                EnumSet.of(FileType.PDF));
        FieldProblem byName = assertRefused(() -> pdfOnly.store("ảnh.png", stream(SampleFiles.png())), "documents.file.type");
        assertThat(byName.args()).containsExactly(".pdf");
        assertThat(pdfOnly.store("đơn.pdf", stream(SampleFiles.pdf())).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void identicalUploadsAtOnceGetTheirOwnIds() throws Exception {
        byte[] content = SampleFiles.xlsx();
        FileStorage storage = storage(1 << 20);
        List<Thread> threads = new ArrayList<>();
        List<StoredFile> stored = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            threads.add(new Thread(() -> stored.add(storage.store("bảng kê.xlsx", stream(content)))));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(stored).hasSize(8);
        assertThat(stored.stream().map(StoredFile::id).distinct()).hasSize(8);
        assertThat(stored.stream().map(StoredFile::sha256).distinct()).hasSize(1);
        assertThat(regularFiles()).hasSize(8);
        stored.forEach(f -> assertThat(storage.verify(f.id())).isEqualTo(Integrity.INTACT));
    }

    @Test
    void verificationNoticesBytesChangedOrLostOnDisk() throws IOException {
        FileStorage storage = storage(1 << 20);
        StoredFile file = storage.store("Giấy khai sinh.pdf", stream(SampleFiles.pdf()));
        assertThat(storage.verify(file.id())).isEqualTo(Integrity.INTACT);

        Path bytes = regularFiles().get(0);
        byte[] tampered = Files.readAllBytes(bytes);
        tampered[tampered.length / 2] ^= 1;
        Files.write(bytes, tampered);
        assertThat(storage.verify(file.id())).isEqualTo(Integrity.ALTERED);

        Files.delete(bytes);
        assertThat(storage.verify(file.id())).isEqualTo(Integrity.MISSING);
    }

    @Test
    void idsThatAreNotOursAreNeverLookedUpOnDisk() {
        FileStorage storage = storage(1 << 20);
        assertThat(storage.find("../../etc/passwd")).isEmpty();
        assertThat(storage.find(null)).isEmpty();
        assertThatThrownBy(() -> storage.open("../x")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.messageKey()).isEqualTo("documents.file.notFound"));
        assertThatThrownBy(() -> storage.verify(UUID.randomUUID().toString()))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void theApplicationsOwnStorageFollowsTheConfiguration(@Autowired FileStorage configured) {
        StoredFile file = configured.store("đơn.pdf", stream(SampleFiles.pdf()));
        assertThat(Path.of("target/test-files")).isDirectory();
        assertThat(configured.verify(file.id())).isEqualTo(Integrity.INTACT);
        FieldProblem problem = assertRefused(() -> configured.store("lớn.pdf", new CountingStream((20L << 20) + 1)),
                "documents.file.tooLarge");
        assertThat(problem.args()).containsExactly("20 MB");
    }

    @Test
    void theMessagesExistInBothLanguages(@Autowired Messages messages) {
        for (String key : List.of("name", "empty", "tooLarge", "type", "mismatch", "notFound", "attached")) {
            var text = messages.text("documents.file." + key, "x", "y");
            assertThat(text.vi()).isNotEqualTo(text.en()).doesNotStartWith("documents.");
            assertThat(text.en()).doesNotStartWith("documents.");
        }
    }

    private FieldProblem assertRefused(ThrowingCallable store, String key) {
        ProblemException e = (ProblemException) catchThrowable(store);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.messageKey()).isEqualTo("problem.validation");
        assertThat(e.fieldProblems()).hasSize(1);
        FieldProblem problem = e.fieldProblems().get(0);
        assertThat(problem.field()).isEqualTo("file");
        assertThat(problem.messageKey()).isEqualTo(key);
        return problem;
    }

    private List<Path> regularFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** A PDF header followed by as many bytes as asked, made up on the fly, counting what was read. */
    static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            return read < 5 ? "%PDF-".charAt((int) read++) : (int) (read++ & 0x7F);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
