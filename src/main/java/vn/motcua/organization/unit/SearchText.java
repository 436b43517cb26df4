package vn.motcua.organization.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case text without Vietnamese diacritics, so "ba dinh" and "Ba Đình" match. */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        // đ has no decomposition in Unicode, so it is mapped by hand.
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
