package vn.motcua.forms.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * DejaVu Sans, which covers every Vietnamese letter with its tone marks as one precomposed glyph,
 * read from the {@code jasperreports-fonts} jar on the classpath: no font file in the repository and
 * none required on the host. Embedded as a subset with Identity-H, so the PDF shows and copies the
 * same text on any reader.
 */
@org.springframework.modulith.NamedInterface("pdf")
public final class FormFonts {

    private static final String DIR = "net/sf/jasperreports/fonts/dejavu/";

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    private static final BaseFont ITALIC = load("DejaVuSans-Oblique.ttf");

    private FormFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIR + file + " not on the classpath (jasperreports-fonts)");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
