package vn.motcua.catalog.importing;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.FeeItem;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessOverride;
import vn.motcua.catalog.ProcessStep;

/** Sheet names, headers and the writing of the catalog workbook (the reading is in {@link ExcelFormat}). */
final class ExcelSheets {

    static final String FIELDS = "Lĩnh vực";
    static final String PROCEDURES = "Thủ tục";
    static final String DOCUMENTS = "Thành phần hồ sơ";
    static final String FEES = "Phí, lệ phí";
    static final String STEPS = "Quy trình";

    private ExcelSheets() {
    }

    static void write(Workbook book, List<Field> fields, List<ProcedureDefinition> procedures) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Sheet f = sheet(book, FIELDS, bold, "Mã lĩnh vực", "Tên lĩnh vực");
        Sheet p = sheet(book, PROCEDURES, bold, "Mã TTHC", "Tên thủ tục", "Mã lĩnh vực",
                "Cấp thực hiện (PROVINCE, DISTRICT, COMMUNE)", "Mã cơ quan giải quyết (trống: UBND nơi tiếp nhận)",
                "Chuỗi cơ quan liên thông", "Thời hạn", "Đơn vị (WORKING_DAYS, WORKING_HOURS, WITHIN_DAY)",
                "Kết quả", "Mức độ trực tuyến (FULL, PARTIAL, NONE)", "Tại chỗ (NONE, FOUR, FIVE)",
                "Đối tượng (CITIZEN, ORGANIZATION)", "Tiếp nhận không phụ thuộc địa giới", "Căn cứ pháp lý",
                "Trình tự thực hiện", "Đang áp dụng");
        Sheet d = sheet(book, DOCUMENTS, bold, "Mã TTHC", "Tên giấy tờ", "Bản chính", "Bản sao", "Bắt buộc",
                "Tên mẫu đơn", "Đường dẫn mẫu đơn", "Nhận bản điện tử");
        Sheet fe = sheet(book, FEES, bold, "Mã TTHC", "Tên phí, lệ phí", "Loại (FEE, CHARGE)", "Số tiền (đồng)",
                "Căn cứ");
        Sheet s = sheet(book, STEPS, bold, "Mã TTHC", "Áp dụng riêng cho cơ quan (trống: mặc định)", "Tên bước",
                "Vai trò", "Cơ quan thực hiện (RESOLVING, NEXT_IN_CHAIN, SPECIFIC)", "Mã cơ quan", "Thời lượng",
                "Đơn vị (WORKING_DAYS, WORKING_HOURS)");
        for (Field field : fields) {
            values(f, field.code(), field.name());
        }
        for (ProcedureDefinition x : procedures) {
            values(p, x.code(), x.name(), x.field(), joined(x.levels()), x.agency(), String.join(", ", x.chain()),
                    x.timeLimit() == null ? null : x.timeLimit().amount(),
                    x.timeLimit() == null ? null : x.timeLimit().unit(), x.result(), x.onlineLevel(), x.onTheSpot(),
                    joined(x.applicants()), yes(x.anyResidence()), x.legalBasis(), x.applicantSteps(),
                    yes(x.isActive()));
            for (DocumentRequirement doc : x.documents()) {
                values(d, x.code(), doc.name(), doc.originals(), doc.copies(), yes(doc.required()), doc.formName(),
                        doc.formUrl(), yes(doc.electronicCopyAccepted()));
            }
            for (FeeItem fee : x.fees()) {
                values(fe, x.code(), fee.name(), fee.kind(), fee.amount(), fee.legalBasis());
            }
            steps(s, x.code(), null, x.process());
            for (ProcessOverride o : x.processOverrides()) {
                steps(s, x.code(), o.agencyCode(), o.steps());
            }
        }
    }

    private static void steps(Sheet sheet, String code, String agency, List<ProcessStep> steps) {
        for (ProcessStep st : steps) {
            values(sheet, code, agency, st.name(), st.role(), st.agency(), st.agencyCode(),
                    st.share() == null ? null : st.share().amount(), st.share() == null ? null : st.share().unit());
        }
    }

    private static Sheet sheet(Workbook book, String name, CellStyle bold, String... headers) {
        Sheet sheet = book.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void values(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null && !v.toString().isEmpty()) {
                // Cells hold at most 32,767 characters; longer legal texts are cut rather than failing the export.
                String text = v.toString();
                row.createCell(i).setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) : text);
            }
        }
    }

    private static String joined(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String yes(boolean value) {
        return value ? "Có" : "Không";
    }
}
