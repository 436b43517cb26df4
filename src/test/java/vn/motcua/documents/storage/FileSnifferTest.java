package vn.motcua.documents.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.documents.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

class FileSnifferTest {

    @TempDir
    Path dir;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(FileType.PDF, (Supplier<byte[]>) SampleFiles::pdf),
                Arguments.of(FileType.JPEG, (Supplier<byte[]>) SampleFiles::jpeg),
                Arguments.of(FileType.PNG, (Supplier<byte[]>) SampleFiles::png),
                Arguments.of(FileType.TIFF, (Supplier<byte[]>) SampleFiles::tiff),
                Arguments.of(FileType.DOC, (Supplier<byte[]>) SampleFiles::doc),
                Arguments.of(FileType.DOCX, (Supplier<byte[]>) SampleFiles::docx),
                Arguments.of(FileType.XLS, (Supplier<byte[]>) SampleFiles::xls),
                Arguments.of(FileType.XLSX, (Supplier<byte[]>) SampleFiles::xlsx),
                Arguments.of(FileType.ODT, (Supplier<byte[]>) SampleFiles::odt),
                Arguments.of(FileType.ODS, (Supplier<byte[]>) SampleFiles::ods));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void recognizesEachAcceptedKindByItsContent(FileType type, Supplier<byte[]> sample) throws IOException {
        assertThat(FileSniffer.detect(write(sample.get()))).contains(type);
    }

    static Stream<Arguments> strangers() {
        return Stream.of(
                Arguments.of("executable", (Supplier<byte[]>) SampleFiles::exe),
                Arguments.of("plain text", (Supplier<byte[]>) SampleFiles::text),
                Arguments.of("plain zip", (Supplier<byte[]>) SampleFiles::plainZip),
                Arguments.of("Word with macros", (Supplier<byte[]>) SampleFiles::docm),
                Arguments.of("Excel 97 with macros", (Supplier<byte[]>) SampleFiles::xlsWithMacros),
                Arguments.of("a PDF header too short", (Supplier<byte[]>) () -> new byte[] { '%', 'P', 'D' }),
                Arguments.of("a ZIP header with nothing behind", (Supplier<byte[]>) () -> new byte[] { 'P', 'K', 3, 4, 0 }),
                Arguments.of("an OLE2 header with nothing behind", (Supplier<byte[]>) () -> new byte[] {
                        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strangers")
    void recognizesNothingElse(String what, Supplier<byte[]> sample) throws IOException {
        assertThat(FileSniffer.detect(write(sample.get()))).isEmpty();
    }

    @Test
    void anEmptyFileIsNothing() throws IOException {
        assertThat(FileSniffer.detect(write(new byte[0]))).isEqualTo(Optional.empty());
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "sample", ".bin"), content);
    }
}
