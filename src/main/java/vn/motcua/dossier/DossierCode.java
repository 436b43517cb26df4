package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The dossier code printed on the receipt: {@code <receiving agency code>-<yyMMdd>-<sequence>}
 * (TT 01/2018), the sequence counting that agency's dossiers of that local day, at least four digits.
 */
public record DossierCode(String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        Objects.requireNonNull(value);
        if (value.isBlank() || value.length() > 60) {
            throw new IllegalArgumentException("dossier code must have 1 to 60 characters");
        }
    }

    /** Formats a code from its parts with the pattern ({@code {agency}}, {@code {date}}, {@code {seq}}). */
    public static DossierCode format(String pattern, String agencyCode, LocalDate day, int sequence, int digits) {
        String seq = String.format("%0" + digits + "d", sequence);
        return new DossierCode(pattern.replace("{agency}", agencyCode).replace("{date}", DAY.format(day))
                .replace("{seq}", seq));
    }

    @Override
    public String toString() {
        return value;
    }
}
