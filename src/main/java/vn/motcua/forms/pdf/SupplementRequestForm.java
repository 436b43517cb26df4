package vn.motcua.forms.pdf;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.forms.FormNumber;

/**
 * Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what the applicant must complete, one numbered
 * item per line of the officer's note, and whom to ask.
 */
public final class SupplementRequestForm {

    private SupplementRequestForm() {
    }

    public static byte[] render(FormFacts f) {
        Dossier d = f.dossier();
        Applicant a = d.applicant();
        return FormLayout.a5(FormNumber.SUPPLEMENT_REQUEST.title() + " " + d.code())
                .letterhead(f.head())
                .title(FormNumber.SUPPLEMENT_REQUEST.title(), "Mã hồ sơ: " + d.code())
                .field("Kính gửi", a.name())
                .field("Địa chỉ", a.address())
                .field("Số điện thoại", a.phone())
                .field("Email", a.email())
                .text(f.receivingUnit() + " nhận được hồ sơ đề nghị giải quyết thủ tục: " + d.procedure().name() + ".")
                .text("Ngày " + f.zone().formatDate(f.at()) + ", sau khi xem xét, kiểm tra hồ sơ, đề nghị"
                        + " Ông/Bà/Tổ chức bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:")
                .numbered(f.noteItems().isEmpty() ? java.util.List.of("") : f.noteItems())
                // The officer's note is the list of items; the reason of the form is always the same one.
                .text("Lý do: thành phần hồ sơ chưa đầy đủ, hợp lệ theo quy định của thủ tục hành chính.")
                .text("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà/Tổ chức liên hệ với "
                        + f.officer() + ", " + f.receivingUnit() + " để được hướng dẫn.")
                .signatures("", "", "NGƯỜI HƯỚNG DẪN", f.officer())
                .finish();
    }
}
