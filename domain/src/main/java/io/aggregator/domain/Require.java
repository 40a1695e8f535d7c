package io.aggregator.domain;

/** Guards shared by the value objects, so every rejection reads the same way. */
public final class Require {
    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw ValidationException.of(field, "is required");
        }
        return value;
    }

    /** Text that must be present, non-blank and at most {@code maxLength} characters. */
    public static String text(String field, String value, int maxLength) {
        present(field, value);
        if (value.isBlank()) {
            throw ValidationException.of(field, "must not be blank");
        }
        return atMost(field, value, maxLength);
    }

    /** Text that may be absent or empty, but not longer than {@code maxLength} characters. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null ? null : atMost(field, value, maxLength);
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ValidationException.of(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static String atMost(String field, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw ValidationException.of(field, "must be at most " + maxLength + " characters, got " + length);
        }
        return value;
    }
}
