package vn.motcua.forms;

import java.util.Arrays;
import java.util.Optional;

import vn.motcua.dossier.RuleSet;

/**
 * The forms of the one-stop mechanism, keyed by their number in TT 01/2018/TT-VPCP (which is also
 * the number in the API). Dossiers received under the 2025 rules (TT 03/2025/TT-VPCP) print the
 * number of that set: it added the stop notice as 05, so the control sheet and the register moved
 * to 06 and 07 (REGULATIONS.md §8; the 2025 numbers are not yet verified against the gazette).
 */
public enum FormNumber {
    RECEIPT("01", "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    SUPPLEMENT_REQUEST("02", "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    INTAKE_REFUSAL("03", "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    APOLOGY("04", "04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
    CONTROL_SHEET("05", "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    REGISTER("06", "07", "SỔ THEO DÕI HỒ SƠ");

    private final String number;
    private final String number2025;
    private final String title;

    FormNumber(String number, String number2025, String title) {
        this.number = number;
        this.number2025 = number2025;
        this.title = title;
    }

    /** The number in the API and in TT 01/2018. */
    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** “Mẫu số 01” as printed in the corner, with the circular of the dossier's rule set. */
    public String label(String ruleSet) {
        return RuleSet.RULES_2025.equals(ruleSet) ? "Mẫu số " + number2025 + " (Thông tư 03/2025/TT-VPCP)"
                : "Mẫu số " + number + " (Thông tư 01/2018/TT-VPCP)";
    }

    public static Optional<FormNumber> of(String number) {
        return Arrays.stream(values()).filter(f -> f.number.equals(number)).findFirst();
    }
}
