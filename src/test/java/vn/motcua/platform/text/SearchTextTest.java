package vn.motcua.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    private static final Pattern MARK = Pattern.compile("\\p{M}");

    @Example
    void foldsAProcedureNameToWhatPeopleType() {
        assertThat(SearchText.fold("Đăng ký khai sinh")).isEqualTo("dang ky khai sinh");
    }

    @Example
    void collapsesAndStripsWhiteSpace() {
        assertThat(SearchText.fold("  Ba   Đình ")).isEqualTo("ba dinh");
        assertThat(SearchText.fold("Ba\tĐình\n\r\nHà  Nội")).isEqualTo("ba dinh ha noi");
    }

    @Example
    void absentTextFoldsToTheEmptyString() {
        assertThat(SearchText.fold(null)).isEmpty();
        assertThat(SearchText.fold("   ")).isEmpty();
        assertThat(SearchText.tokens(null)).isEmpty();
        assertThat(SearchText.tokens(" \t ")).isEmpty();
        assertThat(SearchText.withoutMarks(null)).isEmpty();
    }

    @Example
    void combiningMarksAndPrecomposedLettersFoldAlike() {
        String precomposed = "Khánh Hòa Đặng Thị Ánh";
        String combining = "Kha\u0301nh Ho\u0300a \u0110a\u0323\u0306ng Thi\u0323 A\u0301nh";
        assertThat(Normalizer.normalize(combining, Normalizer.Form.NFC)).isEqualTo(precomposed);
        assertThat(combining).isNotEqualTo(precomposed);

        assertThat(SearchText.fold(precomposed)).isEqualTo("khanh hoa dang thi anh");
        assertThat(SearchText.fold(combining)).isEqualTo("khanh hoa dang thi anh");
    }

    @Example
    void upperCaseDStrokeIsD() {
        assertThat(SearchText.fold("ĐÀ NẴNG")).isEqualTo("da nang");
        assertThat(SearchText.fold("Đ")).isEqualTo("d");
        assertThat(SearchText.fold("đ")).isEqualTo("d");
    }

    @Example
    void tokensAreTheFoldedWords() {
        assertThat(SearchText.tokens("  Đăng  KÝ\tkhai sinh ")).containsExactly("dang", "ky", "khai", "sinh");
    }

    @Example
    void likeWildcardsAndTheEscapeMatchThemselves() {
        assertThat(SearchText.likeLiteral("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(SearchText.likeLiteral("dang ky")).isEqualTo("dang ky");
    }

    @Example
    void withoutMarksKeepsCaseAndSpacing() {
        assertThat(SearchText.withoutMarks("Giấy khai sinh  (bản sao) – Đặng Thị *Ánh*.pdf"))
                .isEqualTo("Giay khai sinh  (ban sao) – Dang Thi *Anh*.pdf");
    }

    @Example
    void everyCharacterOfTheBasicPlaneFoldsToLowerCaseWithoutMarks() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String folded = SearchText.fold("x" + c + "y");
            assertThat(folded).as("U+%04X", (int) c)
                    .doesNotContain("đ")
                    .matches(text -> !MARK.matcher(text).find(), "has no combining mark")
                    .matches(SearchTextTest::isLowerCase, "is its own lower case");
            assertThat(SearchText.fold(folded)).as("U+%04X", (int) c).isEqualTo(folded);
        }
    }

    @Property
    void foldingTwiceIsFoldingOnce(@ForAll("anyText") String text) {
        String folded = SearchText.fold(text);
        assertThat(SearchText.fold(folded)).isEqualTo(folded);
    }

    @Property
    void noCombiningMarkIsLeft(@ForAll("anyText") String text) {
        assertThat(MARK.matcher(SearchText.fold(text)).find()).as("mark in %s", SearchText.fold(text)).isFalse();
    }

    @Property
    void noUpperCaseIsLeft(@ForAll("anyText") String text) {
        // Letter-like symbols such as ℂ are upper case with no lower case at all: they stay as they are.
        assertThat(isLowerCase(SearchText.fold(text))).as(SearchText.fold(text)).isTrue();
    }

    @Property
    void noDStrokeIsLeft(@ForAll("anyText") String text) {
        assertThat(SearchText.fold(text)).doesNotContain("đ", "Đ");
    }

    @Property
    void precomposedAndCombiningFormsFoldAlike(@ForAll("anyText") String text) {
        assertThat(SearchText.fold(Normalizer.normalize(text, Normalizer.Form.NFC)))
                .isEqualTo(SearchText.fold(Normalizer.normalize(text, Normalizer.Form.NFD)));
    }

    @Property
    void asciiIsOnlyLowerCasedAndSpaceCollapsed(@ForAll("ascii") String text) {
        String expected = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        assertThat(SearchText.fold(text)).isEqualTo(expected);
    }

    @Property
    void tokensJoinedBySpacesAreTheFoldedText(@ForAll("anyText") String text) {
        assertThat(SearchText.tokens(text)).allMatch(token -> !token.isEmpty() && !token.contains(" "));
        assertThat(String.join(" ", SearchText.tokens(text))).isEqualTo(SearchText.fold(text));
    }

    @Property
    void theFileNameFallbackFoldsLikeTheTextItCameFrom(@ForAll("anyText") String text) {
        assertThat(SearchText.fold(SearchText.withoutMarks(text))).isEqualTo(SearchText.fold(text));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(VietnameseTexts.texts(), Arbitraries.strings().all().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange('\u0000', '\u007F').ofMaxLength(40);
    }

    private static boolean isLowerCase(String text) {
        return text.codePoints().allMatch(c -> Character.toLowerCase(c) == c);
    }
}
