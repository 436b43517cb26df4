package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.motcua.platform.web.Validation;

/**
 * Who the dossier is for: a person (ID number: the 12-digit citizen identity number, or an old 9-digit
 * identity card) or an organization (tax code of 10 or 13 digits), with contact details; {@code unitCode} is
 * the official code of the commune-level unit of the address (after the 2025 reform), checked on intake.
 */
public record Applicant(Kind kind, String name, String idNumber, LocalDate birthDate, String phone, String email,
        String address, String unitCode) {

    public enum Kind { CITIZEN, ORGANIZATION }

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.-]");

    /** The longest name the dossier's column holds. */
    public static final int MAX_NAME = 200;

    public Applicant {
        kind = kind == null ? Kind.CITIZEN : kind;
        name = clean(name);
        idNumber = clean(idNumber);
        phone = phone == null ? null : clean(PHONE_SEPARATORS.matcher(phone).replaceAll(""));
        email = clean(email);
        address = clean(address);
        unitCode = clean(unitCode);
    }

    /** Checks every field, naming each under {@code prefix} (e.g. {@code applicant.idNumber}). */
    public void validate(Validation v, String prefix, LocalDate today) {
        if (name == null || name.length() > MAX_NAME) {
            v.add(prefix + "name", "dossier.applicant.name");
        } else {
            v.line(prefix + "name", name, MAX_NAME);
        }
        if (idNumber != null) {
            boolean valid = kind == Kind.CITIZEN ? idNumber.matches("\\d{12}|\\d{9}")
                    : idNumber.matches("\\d{10}(-?\\d{3})?");
            v.check(valid, prefix + "idNumber",
                    kind == Kind.CITIZEN ? "dossier.applicant.idNumber" : "dossier.applicant.taxCode");
        }
        v.check(phone == null || phone.matches("(\\+84|0)\\d{9,10}"), prefix + "phone", "dossier.applicant.phone");
        if (email != null && email.length() <= 200 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.line(prefix + "email", email, 200);
        } else {
            v.check(email == null, prefix + "email", "Email");
        }
        v.check(birthDate == null || (!birthDate.isAfter(today) && birthDate.getYear() >= 1900), prefix + "birthDate",
                "dossier.applicant.birthDate");
        v.line(prefix + "address", address, 500);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
