package vn.motcua.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for matching, the one rule every module searches and compares with:
 * people type “dang ky khai sinh” for “Đăng ký khai sinh”, so both sides go through {@link #fold}
 * (the stored search columns and the query alike). Absent text folds to the empty string, never to
 * {@code null}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /**
     * Lower case, Vietnamese marks removed, đ/Đ read as d, runs of white space made one space,
     * no space at either end: “  Ba   Đình ” → “ba dinh”. {@code null} → “”.
     */
    public static String fold(String text) {
        return SPACES.matcher(withoutMarks(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The words of the folded text, in order; none for {@code null} or blank text. */
    public static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Escapes LIKE wildcards with a backslash (for {@code like ... escape '\'}), so a typed % or _ matches itself. */
    public static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The same letters without their marks, case and spacing kept: “Giấy khai sinh Đặng” → “Giay khai
     * sinh Dang” (a file name's plain ASCII fallback starts here). {@code null} → “”.
     */
    public static String withoutMarks(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ are letters of their own, not d with a mark, so NFD leaves them: map them by hand.
        String mapped = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("");
    }
}
