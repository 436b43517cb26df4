package vn.motcua.organization.demo;

import java.security.SecureRandom;

/**
 * Passwords of the demo accounts. The rule mirrors identity's password policy (at least 10
 * characters, letters and digits, no spaces); organization does not depend on identity, and the
 * account port re-checks it anyway.
 */
final class DemoPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";

    private DemoPasswords() {
    }

    static boolean acceptable(String password) {
        return password != null && password.length() >= 10 && password.length() <= 128
                && password.chars().noneMatch(Character::isWhitespace)
                && password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
    }

    /** 14 characters without look-alikes (no 0/O, 1/l/I), always with a letter and a digit. */
    static String generate(SecureRandom random) {
        String all = LETTERS + DIGITS;
        StringBuilder password = new StringBuilder();
        password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        password.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        while (password.length() < 14) {
            password.append(all.charAt(random.nextInt(all.length())));
        }
        return password.toString();
    }
}
