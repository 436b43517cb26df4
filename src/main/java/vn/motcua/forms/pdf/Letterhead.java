package vn.motcua.forms.pdf;

import java.time.LocalDate;

/**
 * The top of every form: the issuing body (the receiving unit's parent, e.g. “UBND TỈNH HƯNG YÊN”)
 * and the receiving unit on the left with the form's number, the national motto on the right with
 * the place and date line, and the form's label in the corner.
 */
@org.springframework.modulith.NamedInterface("pdf")
public record Letterhead(String issuingBody, String unit, String number, String place, LocalDate date,
        String label) {

    /** “Hưng Yên, ngày 02 tháng 3 năm 2026”: day below 10 and months 1 and 2 take a leading zero (NĐ 30/2020). */
    public String placeAndDate() {
        int month = date.getMonthValue();
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(),
                month <= 2 ? "0" + month : Integer.toString(month), date.getYear());
    }
}
