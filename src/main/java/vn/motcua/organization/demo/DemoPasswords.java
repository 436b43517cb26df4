package vn.motcua.organization.demo;

import java.security.SecureRandom;

/**
 * Generated passwords of the demo accounts; identity's password policy judges them and a
 * configured one ({@link DemoData#load}), through the {@code OfficerAccounts} port.
 */
final class DemoPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoPasswords() {
    }

    /** 16 characters without look-alikes (no 0/O, 1/l/I). */
    static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        while (password.length() < 16) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
