package vn.motcua.forms;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.motcua.forms.pdf.Letterhead;

import static org.assertj.core.api.Assertions.assertThat;

/** The place and date line as NĐ 30/2020 writes it, and the form numbers of each rule set. */
class FormDatesTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(line(LocalDate.of(2026, 3, 2))).isEqualTo("Hưng Yên, ngày 02 tháng 3 năm 2026");
        assertThat(line(LocalDate.of(2026, 2, 15))).isEqualTo("Hưng Yên, ngày 15 tháng 02 năm 2026");
        assertThat(line(LocalDate.of(2026, 1, 9))).isEqualTo("Hưng Yên, ngày 09 tháng 01 năm 2026");
        assertThat(line(LocalDate.of(2026, 12, 31))).isEqualTo("Hưng Yên, ngày 31 tháng 12 năm 2026");
    }

    @Test
    void theControlSheetAndTheRegisterMovedUpOneNumberIn2025() {
        assertThat(FormNumber.CONTROL_SHEET.label("2018")).isEqualTo("Mẫu số 05 (Thông tư 01/2018/TT-VPCP)");
        assertThat(FormNumber.CONTROL_SHEET.label("2025")).isEqualTo("Mẫu số 06 (Thông tư 03/2025/TT-VPCP)");
        assertThat(FormNumber.REGISTER.label("2025")).isEqualTo("Mẫu số 07 (Thông tư 03/2025/TT-VPCP)");
        assertThat(FormNumber.RECEIPT.label("2025")).isEqualTo("Mẫu số 01 (Thông tư 03/2025/TT-VPCP)");
        assertThat(FormNumber.of("05")).contains(FormNumber.CONTROL_SHEET);
        assertThat(FormNumber.of("07")).isEmpty();
    }

    private static String line(LocalDate date) {
        return new Letterhead("", "", "", "Hưng Yên", date, "").placeAndDate();
    }
}
