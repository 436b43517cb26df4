package vn.motcua.forms.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Delivery;
import vn.motcua.dossier.Dossier;
import vn.motcua.forms.FormNumber;

/**
 * Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: issued on receipt, with the dossier code and a
 * QR code of the public lookup page so the applicant follows the dossier from a phone.
 */
public final class ReceiptForm {

    private ReceiptForm() {
    }

    public static byte[] render(FormFacts f) {
        Dossier d = f.dossier();
        Applicant a = d.applicant();
        FormLayout page = FormLayout.a5(FormNumber.RECEIPT.title() + " " + d.code())
                .letterhead(f.head())
                .title(FormNumber.RECEIPT.title(), "Mã hồ sơ: " + d.code());
        page.element(codeAndQr(d.code(), f.lookupUrl()));
        page.text(f.receivingUnit() + " tiếp nhận hồ sơ của:")
                .field(a.kind() == Applicant.Kind.ORGANIZATION ? "Tổ chức" : "Ông/Bà", a.name())
                .field(a.kind() == Applicant.Kind.ORGANIZATION ? "Mã số doanh nghiệp/mã số thuế"
                        : "Số định danh cá nhân", a.idNumber())
                .field("Địa chỉ", a.address())
                .field("Số điện thoại", a.phone())
                .field("Email", a.email())
                .field("Người được ủy quyền (nếu có)", d.filing().representative() == null ? "Không" : d.filing().representative())
                .field("Nội dung yêu cầu giải quyết", d.procedure().name()
                        + (d.filing().summary() == null ? "" : " (" + d.filing().summary() + ")"))
                .text("1. Thành phần hồ sơ nộp gồm:")
                .numbered(f.documents())
                .text("2. Số lượng hồ sơ: 01 (bộ)")
                .text("3. Thời gian giải quyết hồ sơ theo quy định là: " + f.timeLimit())
                .text("4. Thời gian nhận hồ sơ: " + f.moment(d.timeline().receivedAt()))
                .text("5. Thời gian trả kết quả giải quyết hồ sơ: "
                        + f.moment(d.timeline().appointmentAt() != null ? d.timeline().appointmentAt() : d.timeline().dueAt()))
                .text("6. Đăng ký nhận kết quả tại: " + where(d.placement().delivery(), f.receivingUnit()))
                .text("Vào Sổ theo dõi hồ sơ, Quyển số: ......, Số thứ tự: ......")
                .signatures("NGƯỜI NỘP HỒ SƠ", a.name(), "NGƯỜI TIẾP NHẬN HỒ SƠ", f.officer());
        return page.finish();
    }

    static String where(Delivery delivery, String receivingUnit) {
        return switch (delivery) {
            case COUNTER -> "Bộ phận Một cửa, " + receivingUnit;
            case POST -> "Địa chỉ của người nộp, qua dịch vụ bưu chính công ích";
            case ONLINE -> "Tài khoản dịch vụ công trực tuyến của người nộp";
        };
    }

    private static PdfPTable codeAndQr(String code, String url) {
        PdfPTable table = new PdfPTable(new float[] { 72, 28 });
        table.setWidthPercentage(100);
        Paragraph text = new Paragraph();
        text.add(new Phrase("Tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ ", FormFonts.regular(8)));
        text.add(new Phrase(code, FormFonts.bold(8)));
        text.add(new Phrase(" hoặc quét mã QR tại:\n" + url, FormFonts.regular(8)));
        PdfPCell left = new PdfPCell();
        left.addElement(text);
        left.setBorder(Rectangle.NO_BORDER);
        left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        PdfPCell right = new PdfPCell(QrCodes.of(url, 58), false);
        right.setBorder(Rectangle.NO_BORDER);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(left);
        table.addCell(right);
        return table;
    }
}
