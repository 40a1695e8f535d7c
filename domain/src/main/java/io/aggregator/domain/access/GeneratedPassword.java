package io.aggregator.domain.access;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords the server makes for first logins: 144 random bits, printable, shown once. */
public final class GeneratedPassword {
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    public static String create() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
