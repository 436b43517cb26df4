package vn.motcua.forms.pdf;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The shared layout of the forms: page, letterhead, title, labelled lines, lists, tables and the
 * signature blocks, so each form class says only what it prints. Public (named interface {@code pdf})
 * for other modules' printouts, such as the reporting module's report. Text is put in NFC first: the font
 * has one glyph per accented letter, while text typed on some keyboards arrives decomposed.
 */
@org.springframework.modulith.NamedInterface("pdf")
public final class FormLayout {

    static final float BODY = 8.5f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;

    private FormLayout(Rectangle page, float margin) {
        document = new Document(page, margin, margin, margin, margin);
        PdfWriter.getInstance(document, out);
        document.open();
    }

    /** A5 portrait, as TT 01/2018 prints forms 01–05. */
    public static FormLayout a5(String title) {
        return titled(new FormLayout(PageSize.A5, 28), title);
    }

    /** A4 landscape, for the register's many columns. */
    public static FormLayout a4Landscape(String title) {
        return titled(new FormLayout(PageSize.A4.rotate(), 28), title);
    }

    private static FormLayout titled(FormLayout layout, String title) {
        layout.document.addTitle(nfc(title));
        layout.document.addCreator("motcua");
        return layout;
    }

    public FormLayout letterhead(Letterhead h) {
        Paragraph label = new Paragraph(nfc(h.label()), FormFonts.italic(7));
        label.setAlignment(Element.ALIGN_RIGHT);
        add(label);
        PdfPTable table = table(new float[] { 47, 53 });
        table.addCell(cell(stack(new Phrase(upper(h.issuingBody()) + "\n", FormFonts.regular(7.5f)),
                new Phrase(upper(h.unit()) + "\n", FormFonts.bold(8)),
                new Phrase(h.number() == null || h.number().isBlank() ? "" : "Số: " + nfc(h.number()),
                        FormFonts.regular(8))), Element.ALIGN_CENTER, false));
        table.addCell(cell(stack(new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", FormFonts.bold(8)),
                new Phrase("Độc lập - Tự do - Hạnh phúc\n\n", FormFonts.bold(8.5f)),
                new Phrase(nfc(h.placeAndDate()), FormFonts.italic(8))), Element.ALIGN_CENTER, false));
        add(table);
        return this;
    }

    public FormLayout title(String title, String subtitle) {
        Paragraph p = new Paragraph(nfc(title), FormFonts.bold(11));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(10);
        add(p);
        if (subtitle != null) {
            Paragraph s = new Paragraph(nfc(subtitle), FormFonts.italic(BODY));
            s.setAlignment(Element.ALIGN_CENTER);
            add(s);
        }
        add(spacer());
        return this;
    }

    /** “Label: value” on its own line; an absent value leaves the dotted blank an official fills by hand. */
    public FormLayout field(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(nfc(label) + ": ", FormFonts.regular(BODY)));
        p.add(new Phrase(value == null || value.isBlank() ? "......................................" : nfc(value),
                FormFonts.bold(BODY)));
        add(p);
        return this;
    }

    public FormLayout text(String text) {
        // Left-aligned: justifying a short A5 line spreads a date over the whole width.
        add(new Paragraph(nfc(text), FormFonts.regular(BODY)));
        return this;
    }

    public FormLayout numbered(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            Paragraph p = new Paragraph((i + 1) + ". " + nfc(items.get(i)), FormFonts.regular(BODY));
            p.setIndentationLeft(12);
            add(p);
        }
        return this;
    }

    /** The two signature blocks at the foot: title (bold), “(Ký, ghi rõ họ tên)”, space, name. */
    public FormLayout signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        add(spacer());
        PdfPTable table = table(new float[] { 50, 50 });
        table.addCell(signature(leftTitle, leftName));
        table.addCell(signature(rightTitle, rightName));
        table.setKeepTogether(true);
        add(table);
        return this;
    }

    /** A grid with a header row; the cells are read row by row. */
    public FormLayout grid(float[] widths, List<String> header, List<List<String>> rows, float size) {
        PdfPTable table = table(widths);
        table.setHeaderRows(1);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(nfc(h), FormFonts.bold(size)));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setPadding(3);
            c.setLeading(0, 1.25f);
            table.addCell(c);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : nfc(value), FormFonts.regular(size)));
                c.setPadding(3);
                c.setLeading(0, 1.25f);
                table.addCell(c);
            }
        }
        table.setSpacingBefore(4);
        add(table);
        return this;
    }

    public FormLayout element(Element element) {
        add(element);
        return this;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** The text in NFC (composed) form, as the font draws it; null as empty. */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String upper(String text) {
        return nfc(text).toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static PdfPCell signature(String title, String name) {
        if (title == null || title.isBlank()) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            return empty;
        }
        return cell(stack(new Phrase(nfc(title) + "\n", FormFonts.bold(BODY)),
                new Phrase("(Ký, ghi rõ họ tên)\n\n\n", FormFonts.italic(7.5f)),
                new Phrase(nfc(name), FormFonts.bold(BODY))), Element.ALIGN_CENTER, false);
    }

    private static Paragraph stack(Phrase... lines) {
        Paragraph p = new Paragraph();
        for (Phrase line : lines) {
            p.add(line);
        }
        return p;
    }

    private static PdfPCell cell(Paragraph content, int align, boolean border) {
        PdfPCell c = new PdfPCell();
        Paragraph aligned = content;
        aligned.setAlignment(align);
        c.addElement(aligned);
        c.setBorder(border ? Rectangle.BOX : Rectangle.NO_BORDER);
        return c;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ", FormFonts.regular(4));
    }

    private void add(Element element) {
        document.add(element);
    }
}
