package vn.motcua.forms.pdf;

import java.time.Instant;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.forms.FormNumber;

/**
 * Mẫu 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả: signed by the head of the resolving agency,
 * with the original appointment (the dossier's due instant, which statistics keep) and the new one.
 */
public final class ApologyForm {

    private ApologyForm() {
    }

    public static byte[] render(FormFacts f, Instant newAppointment) {
        Dossier d = f.dossier();
        Applicant a = d.applicant();
        return FormLayout.a5(FormNumber.APOLOGY.title() + " " + d.code())
                .letterhead(f.head())
                .title(FormNumber.APOLOGY.title(), null)
                .field("Kính gửi", a.name())
                .text("Ngày " + f.zone().formatDate(d.timeline().receivedAt()) + ", " + f.resolvingAgency()
                        + " tiếp nhận giải quyết hồ sơ đề nghị " + d.procedure().name() + " của Ông/Bà/Tổ chức.")
                .field("Số định danh cá nhân/mã số thuế", a.idNumber())
                .field("Mã hồ sơ", d.code())
                .field("Thời hạn trả kết quả giải quyết hồ sơ đã hẹn", f.moment(d.timeline().dueAt()))
                .text("Tuy nhiên đến nay, " + f.resolvingAgency() + " chưa trả kết quả giải quyết hồ sơ của"
                        + " Ông/Bà/Tổ chức đúng hẹn. Lý do:")
                .numbered(f.noteItems())
                .text("Sự chậm trễ này đã gây phiền hà cho Ông/Bà/Tổ chức. " + f.resolvingAgency()
                        + " xin lỗi Ông/Bà/Tổ chức và hẹn lại thời gian trả kết quả vào: " + f.moment(newAppointment)
                        + ".")
                .text("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà/Tổ chức.")
                .signatures("", "", "THỦ TRƯỞNG CƠ QUAN", f.officer())
                .finish();
    }
}
