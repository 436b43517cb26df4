package vn.motcua.identity;

import java.util.Optional;

/** The password rule for every account: at least 10 characters with letters and digits, no spaces. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String raw) {
        if (raw == null || raw.length() < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (raw.length() > 128 || raw.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("identity.password.invalid");
        }
        boolean letter = raw.chars().anyMatch(Character::isLetter);
        boolean digit = raw.chars().anyMatch(Character::isDigit);
        return letter && digit ? Optional.empty() : Optional.of("identity.password.weak");
    }
}
