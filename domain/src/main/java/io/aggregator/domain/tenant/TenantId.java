package io.aggregator.domain.tenant;

import io.aggregator.domain.ValidationException;

/**
 * A tenant's readable slug, such as {@code coffee_shop_123}: 2 to 63 characters, lowercase letters,
 * digits, {@code _} and {@code -}, starting with a letter or digit. Short and plain enough for URLs,
 * log lines and a sharding key.
 */
public record TenantId(String value) {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 63;
    private static final String FIELD = "tenant_id";

    public TenantId {
        if (value == null || value.isEmpty()) {
            throw ValidationException.of(FIELD, "is required");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw ValidationException.of(FIELD, "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters long, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAllowed(c)) {
                throw ValidationException.of(FIELD, "may contain only lowercase letters a-z, digits 0-9, '_' and '-'; '"
                        + value + "' has '" + c + "' at position " + (i + 1));
            }
        }
        if (!isLetterOrDigit(value.charAt(0))) {
            throw ValidationException.of(FIELD, "must start with a lowercase letter or a digit; '" + value
                    + "' starts with '" + value.charAt(0) + "'");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    private static boolean isAllowed(char c) {
        return isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
