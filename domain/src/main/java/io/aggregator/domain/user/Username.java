package io.aggregator.domain.user;

import io.aggregator.domain.ValidationException;
import java.util.Locale;

/**
 * A login name, unique within its tenant. Case does not matter: it is kept in lowercase, so
 * "Anna" and "anna" are the same user.
 */
public record Username(String value) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;

    public Username {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("username", "is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw ValidationException.of("username", "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters long, got " + value.length());
        }
        if (!value.matches("[a-z0-9._@-]+")) {
            throw ValidationException.of("username", "may contain only letters a-z, digits and . _ @ -; got '"
                    + value + "'");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
