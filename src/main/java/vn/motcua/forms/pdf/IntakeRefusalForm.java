package vn.motcua.forms.pdf;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.forms.FormNumber;

/** Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ: the specific reasons, as the law requires them written. */
public final class IntakeRefusalForm {

    private IntakeRefusalForm() {
    }

    public static byte[] render(FormFacts f) {
        Dossier d = f.dossier();
        Applicant a = d.applicant();
        return FormLayout.a5(FormNumber.INTAKE_REFUSAL.title() + " " + d.code())
                .letterhead(f.head())
                .title(FormNumber.INTAKE_REFUSAL.title(), null)
                .text(f.receivingUnit() + " tiếp nhận hồ sơ của:")
                .field("Ông/Bà/Tổ chức", a.name())
                .field(a.kind() == Applicant.Kind.ORGANIZATION ? "Mã số thuế" : "Số định danh cá nhân", a.idNumber())
                .field("Địa chỉ", a.address())
                .field("Số điện thoại", a.phone())
                .field("Email", a.email())
                .field("Mã hồ sơ", d.code())
                .field("Nội dung yêu cầu giải quyết", d.procedure().name())
                .text("Căn cứ quy định tại thủ tục hành chính nêu trên, hồ sơ của Ông/Bà/Tổ chức không đủ điều kiện"
                        + " tiếp nhận, giải quyết với lý do cụ thể như sau:")
                .numbered(f.noteItems())
                .text("Xin thông báo để Ông/Bà/Tổ chức được biết và thực hiện.")
                .signatures("NGƯỜI NỘP HỒ SƠ", a.name(), "NGƯỜI TIẾP NHẬN HỒ SƠ", f.officer())
                .finish();
    }
}
