package vn.motcua.reporting.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.forms.pdf.FormFonts;
import vn.motcua.forms.pdf.FormLayout;
import vn.motcua.forms.pdf.Letterhead;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.reporting.Cell;
import vn.motcua.reporting.ResolutionCounts;
import vn.motcua.reporting.ResolutionReport;

/**
 * The report printed as Biểu 06/VPCP/KSTT on A4 landscape: the letterhead of the province (or of the
 * agency reported on), the title and period, the filters, then the same table as the page and the
 * Excel sheet (rows grouped by level, totals last). Drawn with the forms module's layout and its
 * embedded DejaVu font, so every Vietnamese letter shows and copies as typed.
 */
@Component
class ResolutionPdf {

    static final String LABEL = "Biểu 06/VPCP/KSTT";
    private static final float SIZE = 6.5f;
    private static final int COLUMNS = 4 + ResolutionWorkbook.COLUMNS.size();

    private final Messages messages;
    private final Agencies agencies;
    private final BusinessZone zone;
    private final Clock clock;
    private final String province;

    ResolutionPdf(Messages messages, Agencies agencies, BusinessZone zone, Clock clock,
            @Value("${motcua.forms.place:Hưng Yên}") String province) {
        this.messages = messages;
        this.agencies = agencies;
        this.zone = zone;
        this.clock = clock;
        this.province = province;
    }

    byte[] write(ResolutionReport report, ReportParams params) {
        String issuer = vi("report.pdf.issuer", province);
        String unit = params.agency() == null || params.agency().isBlank() ? issuer
                : agencies.byCode(params.agency().trim()).map(AgencyRef::name).orElse(params.agency());
        FormLayout layout = FormLayout.a4Landscape(vi("report.title"))
                .letterhead(new Letterhead(unit.equals(issuer) ? "" : issuer, unit, "", province,
                        zone.dateOf(clock.instant()), LABEL))
                .title(vi("report.pdf.heading"), vi("report.pdf.period", BusinessZone.DATE.format(report.from()),
                        BusinessZone.DATE.format(report.to())));
        String filters = filters(params);
        if (!filters.isEmpty()) {
            layout.text(vi("report.pdf.filters", filters));
        }
        return layout.element(table(report)).finish();
    }

    private PdfPTable table(ResolutionReport report) {
        float[] widths = new float[COLUMNS];
        widths[0] = 3;
        widths[1] = 16;
        for (int i = 2; i < COLUMNS; i++) {
            widths[i] = 5;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(2);
        header(table, vi("report.column.index"), 1, 2);
        header(table, vi("report.column.agency"), 1, 2);
        header(table, vi("report.group.received"), 6, 1);
        header(table, vi("report.group.resolved"), 5, 1);
        header(table, vi("report.group.inProgress"), 3, 1);
        header(table, vi("report.cell.onTimeRate"), 1, 2);
        header(table, vi("report.cell.onlineRate"), 1, 2);
        ResolutionWorkbook.COLUMNS.forEach(c -> header(table, vi("report.cell." + c.key()), 1, 1));
        int index = 0;
        AdministrativeLevel level = null;
        for (ResolutionReport.Row row : report.rows()) {
            if (row.level() != level) {
                level = row.level();
                PdfPCell group = cell(vi("level." + level.name()), FormFonts.bold(SIZE), Element.ALIGN_LEFT);
                group.setColspan(COLUMNS);
                table.addCell(group);
            }
            table.addCell(cell(Integer.toString(++index), FormFonts.regular(SIZE), Element.ALIGN_CENTER));
            table.addCell(cell(row.agencyName(), FormFonts.regular(SIZE), Element.ALIGN_LEFT));
            numbers(table, row.counts(), FormFonts.regular(SIZE));
        }
        PdfPCell total = cell(vi("report.total"), FormFonts.bold(SIZE), Element.ALIGN_CENTER);
        total.setColspan(2);
        table.addCell(total);
        numbers(table, report.totals(), FormFonts.bold(SIZE));
        return table;
    }

    private static void numbers(PdfPTable table, ResolutionCounts counts, Font font) {
        for (Cell c : ResolutionWorkbook.COLUMNS) {
            table.addCell(cell(count(counts.get(c)), font, Element.ALIGN_RIGHT));
        }
        table.addCell(cell(rate(counts.onTimeRate()), font, Element.ALIGN_RIGHT));
        table.addCell(cell(rate(counts.onlineRate()), font, Element.ALIGN_RIGHT));
    }

    /** 92.107, as Vietnamese writes counts. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** 92,50; a dash when there is nothing to divide by. */
    static String rate(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString().replace('.', ',');
    }

    private String filters(ReportParams p) {
        List<String> parts = new ArrayList<>();
        part(parts, "report.filter.level", p.level());
        part(parts, "report.filter.agency", p.agency());
        part(parts, "report.filter.desk", p.desk());
        part(parts, "report.filter.procedure", p.procedure());
        part(parts, "report.filter.field", p.field());
        part(parts, "report.filter.onlineLevel", p.onlineLevel());
        part(parts, "report.filter.channel", p.channel());
        return String.join("; ", parts);
    }

    private void part(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(vi(key) + ": " + value.trim());
        }
    }

    private static void header(PdfPTable table, String text, int colspan, int rowspan) {
        PdfPCell c = cell(text, FormFonts.bold(SIZE), Element.ALIGN_CENTER);
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        table.addCell(c);
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(FormLayout.nfc(text), font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2.5f);
        c.setLeading(0, 1.2f);
        return c;
    }

    private String vi(String key, Object... args) {
        return messages.get(key, Messages.VI, args);
    }
}
