package io.aggregator.domain.access;

import io.aggregator.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (after NIST SP 800-63B): long enough, not longer than bcrypt reads
 * (72 bytes), not the username, not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = Set.of("password123", "password1234", "1234567890", "12345678910",
            "qwertyuiop", "qwerty12345", "iloveyou123", "administrator", "changeme123", "letmein1234",
            "welcome1234", "0987654321", "1111111111", "aaaaaaaaaa", "passw0rd123", "p@ssw0rd123");

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        check("password", password, username);
    }

    /** Checks a password that arrives as {@code field}, such as {@code new_password}, naming that field. */
    public static void check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw ValidationException.of(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw ValidationException.of(field, "must be at least " + MIN_LENGTH + " characters, got " + length);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ValidationException.of(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw ValidationException.of(field, "is one of the most common passwords");
        }
        if (password.chars().distinct().count() < 4) {
            throw ValidationException.of(field, "needs at least 4 different characters");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw ValidationException.of(field, "must not contain the username");
        }
    }
}
