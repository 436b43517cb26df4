package vn.motcua.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file really is from its bytes, whatever its name or the browser claim. Magic
 * numbers settle PDF and images; the two container formats are opened to tell their members apart:
 * an OLE2 compound file (DOC or XLS, by its main stream) and a ZIP package (DOCX or XLSX by the
 * main part's content type, ODT or ODS by the {@code mimetype} member). Files carrying macros are
 * not recognized, so they are refused like any unknown type.
 * <p>
 * Written here rather than taken from Apache Tika: Tika's detectors that open OLE2 and ZIP
 * containers live in its parser modules (many dependencies); its core alone goes by magic bytes at
 * fixed offsets and by the file name. POI, already a dependency, reads OLE2, and {@code java.util.zip}
 * reads the packages.
 */
public final class FileSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] TIFF_LE = { 'I', 'I', '*', 0 };
    private static final byte[] TIFF_BE = { 'M', 'M', 0, '*' };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1 };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    // Members are read only this far: a content-types list or a mimetype is a few kilobytes, and a
    // crafted package must not make us inflate gigabytes.
    private static final int MEMBER_LIMIT = 1 << 20;

    private FileSniffer() {
    }

    public static Optional<FileType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE)) {
            return Optional.of(FileType.TIFF);
        }
        if (startsWith(head, OLE2)) {
            return compoundFile(file);
        }
        if (startsWith(head, ZIP)) {
            return zipPackage(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> compoundFile(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
                return Optional.empty();
            }
            if (root.hasEntry("WordDocument")) {
                return Optional.of(FileType.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(FileType.XLS);
            }
            // Anything else (an encrypted OOXML package, an installer, a message) is not a document we take.
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged compound file with assorted runtime exceptions: all mean "not a document".
            return Optional.empty();
        }
    }

    private static Optional<FileType> zipPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean scripts = Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                    .anyMatch(n -> n.startsWith("Basic/") || n.startsWith("Scripts/") || n.endsWith("vbaProject.bin"));
            if (scripts) {
                return Optional.empty();
            }
            String mimetype = member(zip, "mimetype").trim();
            if (mimetype.equals(FileType.ODT.contentType())) {
                return Optional.of(FileType.ODT);
            }
            if (mimetype.equals(FileType.ODS.contentType())) {
                return Optional.of(FileType.ODS);
            }
            String contentTypes = member(zip, "[Content_Types].xml");
            if (contentTypes.contains("officedocument.wordprocessingml.document.main+xml")) {
                return Optional.of(FileType.DOCX);
            }
            if (contentTypes.contains("officedocument.spreadsheetml.sheet.main+xml")) {
                return Optional.of(FileType.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String member(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MEMBER_LIMIT), StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
