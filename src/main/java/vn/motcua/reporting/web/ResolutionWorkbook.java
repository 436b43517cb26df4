package vn.motcua.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.reporting.Cell;
import vn.motcua.reporting.ResolutionCounts;
import vn.motcua.reporting.ResolutionReport;

/**
 * The report as an Excel sheet laid out like Biểu 06/VPCP/KSTT, headers in Vietnamese: one row per
 * agency under a heading per level, then the totals. Numbers are numeric cells, rates percentages
 * (empty when there is nothing to divide by).
 */
@Component
class ResolutionWorkbook {

    /** The number columns, in the form's order, after STT, agency code and agency name. */
    static final List<Cell> COLUMNS = List.of(Cell.TO_HANDLE, Cell.RECEIVED, Cell.RECEIVED_ONLINE,
            Cell.RECEIVED_DIRECT, Cell.RECEIVED_POSTAL, Cell.CARRIED_OVER, Cell.RESOLVED, Cell.RESOLVED_EARLY,
            Cell.RESOLVED_ON_TIME, Cell.RESOLVED_LATE, Cell.WITHDRAWN, Cell.IN_PROGRESS, Cell.IN_PROGRESS_WITHIN_TIME,
            Cell.IN_PROGRESS_OVERDUE);
    /** First row of data (0-based): title, subtitle, blank, group headings, column headings. */
    static final int FIRST_DATA_ROW = 5;
    private static final int FIRST_NUMBER_COLUMN = 3;

    private final Messages messages;

    ResolutionWorkbook(Messages messages) {
        this.messages = messages;
    }

    void write(ResolutionReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Biểu 06");
            CellStyle bold = style(book, true);
            CellStyle plain = style(book, false);
            text(sheet.createRow(0), 0, vi("report.title"), bold);
            text(sheet.createRow(1), 0, vi("report.subtitle", BusinessZone.DATE.format(report.from()),
                    BusinessZone.DATE.format(report.to())), null);
            headings(sheet, bold);
            int r = FIRST_DATA_ROW;
            int index = 0;
            AdministrativeLevel level = null;
            for (ResolutionReport.Row row : report.rows()) {
                if (row.level() != level) {
                    level = row.level();
                    text(sheet.createRow(r++), 2, vi("level." + level.name()), bold);
                }
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(++index);
                text(line, 1, row.agencyCode(), plain);
                text(line, 2, row.agencyName(), plain);
                numbers(line, row.counts(), plain);
            }
            Row total = sheet.createRow(r);
            text(total, 2, vi("report.total"), bold);
            numbers(total, report.totals(), bold);
            sheet.setColumnWidth(2, 40 * 256);
            book.write(out);
        }
    }

    private void headings(Sheet sheet, CellStyle bold) {
        Row groups = sheet.createRow(3);
        Row names = sheet.createRow(4);
        text(names, 0, vi("report.column.index"), bold);
        text(names, 1, vi("report.column.agencyCode"), bold);
        text(names, 2, vi("report.column.agency"), bold);
        group(sheet, groups, "report.group.received", 0, 5, bold);
        group(sheet, groups, "report.group.resolved", 6, 10, bold);
        group(sheet, groups, "report.group.inProgress", 11, 13, bold);
        for (int i = 0; i < COLUMNS.size(); i++) {
            text(names, FIRST_NUMBER_COLUMN + i, vi("report.cell." + COLUMNS.get(i).key()), bold);
        }
        text(names, FIRST_NUMBER_COLUMN + COLUMNS.size(), vi("report.cell.onTimeRate"), bold);
        text(names, FIRST_NUMBER_COLUMN + COLUMNS.size() + 1, vi("report.cell.onlineRate"), bold);
    }

    private void group(Sheet sheet, Row row, String key, int first, int last, CellStyle style) {
        text(row, FIRST_NUMBER_COLUMN + first, vi(key), style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), FIRST_NUMBER_COLUMN + first,
                FIRST_NUMBER_COLUMN + last));
    }

    private static void numbers(Row row, ResolutionCounts counts, CellStyle style) {
        int c = FIRST_NUMBER_COLUMN;
        for (Cell cell : COLUMNS) {
            var x = row.createCell(c++);
            x.setCellValue(counts.get(cell));
            x.setCellStyle(style);
        }
        rate(row, c, counts.onTimeRate(), style);
        rate(row, c + 1, counts.onlineRate(), style);
    }

    private static void rate(Row row, int column, BigDecimal rate, CellStyle style) {
        var x = row.createCell(column);
        x.setCellStyle(style);
        if (rate != null) {
            x.setCellValue(rate.doubleValue());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var x = row.createCell(column);
        x.setCellValue(value);
        if (style != null) {
            x.setCellStyle(style);
        }
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold) {
        CellStyle style = book.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        if (bold) {
            Font font = book.createFont();
            font.setBold(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }

    private String vi(String key, Object... args) {
        return messages.get(key, Messages.VI, args);
    }
}
