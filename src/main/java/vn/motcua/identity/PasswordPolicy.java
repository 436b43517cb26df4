package vn.motcua.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.web.Validation;

/**
 * The password rule for every account (OWASP ASVS 4 §2.1, NIST SP 800-63B): 12 to 128 characters,
 * spaces and any letters allowed, no rules of composition; refused when it is a common or breached
 * password (the lists shipped in {@code identity/common-passwords*.txt}, also with the digits and
 * symbols around it taken off, so "Password2026!" and "Mật khẩu 123" are refused) or when it
 * contains the username. Passwords are hashed with bcrypt, which reads 72 bytes: a longer password
 * in UTF-8 (about 24–72 characters with Vietnamese marks) is refused rather than cut silently.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** What bcrypt reads of a password, in UTF-8 bytes. */
    public static final int MAX_BYTES = 72;

    /** The message key of a broken rule with its arguments. */
    public record Violation(String messageKey, Object... args) {

        /** In English, for start-up errors (the operator's log, not a person's page). */
        public String describe() {
            return switch (messageKey) {
                case "identity.password.tooShort" -> "it has fewer than " + MIN_LENGTH + " characters";
                case "identity.password.tooLong" -> "it has more than " + MAX_LENGTH + " characters or "
                        + MAX_BYTES + " bytes in UTF-8";
                case "identity.password.common" -> "it is a common password";
                case "identity.password.containsUsername" -> "it contains the username";
                default -> messageKey;
            };
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.]+");
    // Digits and symbols at either end: "matkhau@2026" is "matkhau" with a year.
    private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final int MIN_CORE = 4;
    private static final Set<String> COMMON = load("identity/common-passwords.txt", "identity/common-passwords-vi.txt");

    private PasswordPolicy() {
    }

    /** The first rule {@code raw} breaks for the account {@code username}, if any. */
    public static Optional<Violation> violation(String raw, String username) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            return Optional.of(new Violation("identity.password.tooShort", MIN_LENGTH));
        }
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH
                || raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Violation("identity.password.tooLong", MAX_LENGTH, MAX_BYTES));
        }
        if (common(raw)) {
            return Optional.of(new Violation("identity.password.common"));
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && (raw.toLowerCase(Locale.ROOT).contains(name)
                || SearchText.fold(raw).contains(SearchText.fold(name)))) {
            return Optional.of(new Violation("identity.password.containsUsername"));
        }
        return Optional.empty();
    }

    /** Adds the violation, if any, as a problem of {@code field}. */
    public static void check(Validation validation, String field, String raw, String username) {
        violation(raw, username).ifPresent(v -> validation.add(field, v.messageKey(), v.args()));
    }

    /**
     * Whether the password is on the lists: as typed (folded: lower case, no marks), without spaces
     * and - _ ., and without the digits and symbols around it, also read back from leetspeak.
     */
    static boolean common(String raw) {
        String folded = SearchText.withoutMarks(raw).toLowerCase(Locale.ROOT);
        String compact = SEPARATORS.matcher(folded).replaceAll("");
        if (COMMON.contains(folded) || COMMON.contains(compact)) {
            return true;
        }
        String core = PADDING.matcher(compact).replaceAll("");
        return core.length() >= MIN_CORE && (COMMON.contains(core) || COMMON.contains(unleet(core)));
    }

    /** The number of passwords on the lists (for the documentation's claim and its test). */
    static int listed() {
        return COMMON.size();
    }

    private static String unleet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '$', '5' -> 's';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>(64_000);
        for (String resource : resources) {
            try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
