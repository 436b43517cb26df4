package vn.motcua.catalog;

import java.util.List;
import java.util.Objects;

import vn.motcua.platform.text.CleanText;

/**
 * Blank text means absent: JSON “” and an empty Excel cell must give the same content; text is
 * composed to NFC ({@link CleanText}), so a name typed on macOS equals the same name typed elsewhere.
 */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : CleanText.nfc(trimmed);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
