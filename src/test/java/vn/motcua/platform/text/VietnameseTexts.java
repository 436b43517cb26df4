package vn.motcua.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Random text of the kind people type and official lists hold: Vietnamese letters precomposed and
 * as a letter followed by combining marks, in both cases, ASCII, and white space of several widths.
 */
public final class VietnameseTexts {

    static final String LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
            + "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
    /** Grave, acute, tilde, hook above, dot below, circumflex, breve, horn. */
    static final String MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";
    /** ASCII white space, then no-break, em and ideographic spaces (not ASCII, so never collapsed). */
    static final String SPACES = " \t\n\r\u000B\f\u00A0\u2003\u3000";

    private VietnameseTexts() {
    }

    /** Up to 40 characters of Vietnamese letters, marks, ASCII and white space. */
    public static Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars(LETTERS + LETTERS.toUpperCase(Locale.ROOT) + MARKS + SPACES)
                .withCharRange(' ', '~')
                .ofMaxLength(40);
    }

    /** Texts with something other than white space in them, as a name must have. */
    public static Arbitrary<String> names() {
        // A name is one line: no control characters (tab, line breaks), which the text rule refuses in names.
        return Arbitraries.strings()
                .withChars(LETTERS + LETTERS.toUpperCase(Locale.ROOT) + MARKS + " \u00A0\u2003\u3000")
                .withCharRange(' ', '~')
                .ofMaxLength(40).filter(s -> !s.strip().isEmpty());
    }

    /**
     * {@code count} values drawn with {@code seed}, for JUnit tests (the Spring ones) that jqwik does
     * not run: the session gives the generators the context they would have in a property.
     */
    public static List<String> sample(Arbitrary<String> arbitrary, long seed, int count) {
        List<String> values = new ArrayList<>();
        JqwikSession.run(() -> arbitrary.generator(count).stream(new Random(seed)).limit(count)
                .map(Shrinkable::value).forEach(values::add));
        return List.copyOf(values);
    }
}
