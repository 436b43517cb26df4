package vn.motcua.forms.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.ControlSheet;
import vn.motcua.forms.FormNumber;
import vn.motcua.platform.time.BusinessZone;

/**
 * Mẫu 05, Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over of the dossier's control
 * sheet, with who handed it over and to which step, when, and whether the step was left early, on
 * time or late. Drawn at the moment it is asked for, since the dossier moves on.
 */
public final class ControlSheetForm {

    private ControlSheetForm() {
    }

    public static byte[] render(Letterhead head, ControlSheet sheet, String resolvingAgency,
            List<String> otherAgencies, LongFunction<String> agencyName, BusinessZone zone) {
        List<List<String>> rows = new ArrayList<>();
        for (ControlSheet.Row r : sheet.rows()) {
            String from = (r.handedBy() == null ? "" : r.handedBy())
                    + (r.handingAgencyId() == null ? "" : " (" + agencyName.apply(r.handingAgencyId()) + ")")
                    + (r.stepLeft() == null ? "" : " - " + r.stepLeft());
            rows.add(List.of(Integer.toString(rows.size() + 1), "Giao: " + from + "\nNhận: " + received(r),
                    zone.formatDateTime(r.at()), outcome(r.timeliness()), r.note() == null ? "" : r.note()));
        }
        return FormLayout.a5(FormNumber.CONTROL_SHEET.title() + " " + sheet.code())
                .letterhead(head)
                .title(FormNumber.CONTROL_SHEET.title(), null)
                .field("Mã hồ sơ", sheet.code())
                .field("Thủ tục", sheet.procedureName())
                .field("Cơ quan (bộ phận) giải quyết hồ sơ", resolvingAgency)
                .field("Cơ quan phối hợp giải quyết hồ sơ", otherAgencies.isEmpty() ? "Không"
                        : String.join(", ", otherAgencies))
                .field("Thời gian nhận hồ sơ", zone.formatDateTime(sheet.receivedAt()))
                .field("Thời hạn giải quyết", zone.formatDateTime(sheet.dueAt()))
                .grid(new float[] { 6, 42, 18, 14, 20 },
                        List.of("STT", "Tên cơ quan, bộ phận, người giao và nhận hồ sơ", "Thời gian giao, nhận hồ sơ",
                                "Kết quả (trước hạn/ đúng hạn/ quá hạn)", "Ghi chú"),
                        rows, 7)
                .finish();
    }

    /** The words of the 2018 form for early, on time and late; empty where the step had no due instant. */
    public static String outcome(Timeliness timeliness) {
        if (timeliness == null) {
            return "";
        }
        return switch (timeliness) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
        };
    }

    private static String received(ControlSheet.Row r) {
        if (r.stepEntered() != null) {
            return r.stepEntered();
        }
        return r.action() == DossierAction.RETURN_RESULT ? "Người nộp hồ sơ (trả kết quả)"
                : r.action() == DossierAction.RESOLVE ? "Bộ phận trả kết quả" : "";
    }
}
