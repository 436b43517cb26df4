package vn.motcua.documents.storage;

import java.text.Normalizer;
import java.util.Locale;

/** The uploader's file name made safe to keep and show, and its extension. */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * Drops any directory part (old browsers send {@code C:\Users\...}), control and invisible
     * formatting characters (a right-to-left override can make {@code x.exe} read as a picture),
     * composes Vietnamese letters the way Windows and Linux spell them (macOS sends them
     * decomposed), and shortens a long name keeping its extension. Returns "" when nothing is left.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.length() > MAX_LENGTH) {
            String extension = extension(name);
            int keep = MAX_LENGTH - extension.length() - 1;
            if (keep > 0 && Character.isHighSurrogate(name.charAt(keep - 1))) {
                keep--; // never cut an emoji in half
            }
            name = extension.isEmpty() || keep < 1 ? name.substring(0, MAX_LENGTH)
                    : name.substring(0, keep).strip() + "." + extension;
        }
        return name;
    }

    /** Lower-case extension without the dot; "" when the name has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
