package vn.motcua.platform.text;

import java.text.Normalizer;

/**
 * The one rule for text that enters the system, wherever it comes from (JSON bodies, form fields,
 * query and path parameters, imported files): composed to Unicode NFC (macOS and some phones send
 * Vietnamese letters decomposed, which would not match nor sort with the same word typed elsewhere),
 * and refused when it carries characters no person types: NUL (PostgreSQL cannot store it), the other
 * C0 and C1 control characters (newline, carriage return and tab are kept in multi-line text) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: a right-to-left
 * override makes a name or a file name read as something else).
 */
public final class CleanText {

    /** Message keys of the platform bundle, one per reason a text is refused. */
    public static final String CONTROL = "problem.field.control";
    public static final String BIDI = "problem.field.bidi";

    private CleanText() {
    }

    /** The text composed to NFC; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Why the text is refused, as a message key ({@link #CONTROL}, {@link #BIDI}), or {@code null} when it
     * is acceptable. {@code multiLine} keeps newline, carriage return and tab.
     */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return CONTROL;
            }
            if (isBidiControl(c)) {
                return BIDI;
            }
        }
        return null;
    }

    /** Whether the text (null: yes) may be taken as it is on one line. */
    public static boolean isSafeLine(String text) {
        return problem(text, false) == null;
    }

    /** C0 controls, DEL and the C1 controls (U+0080–U+009F). */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * The text made safe to print in a log line or to name in a message: control and bidi characters
     * written as {@code \\uXXXX}, cut after {@code max} characters.
     */
    public static String visible(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (isControl(c) || isBidiControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= max && text.length() > max) {
            out.setLength(max);
            out.append('…');
        }
        return out.toString();
    }
}
