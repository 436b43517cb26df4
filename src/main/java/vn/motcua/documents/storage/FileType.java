package vn.motcua.documents.storage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the system accepts at most (a province narrows them with
 * {@code motcua.documents.allowed-types}): what dossiers are made of — scans, photos and office
 * documents. Macro-enabled Office formats are deliberately absent.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe"),
    PNG("image/png", "png"),
    TIFF("image/tiff", "tif", "tiff"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** Lower-case file name extensions without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    public static Optional<FileType> ofExtension(String extension) {
        for (FileType type : values()) {
            if (type.hasExtension(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
