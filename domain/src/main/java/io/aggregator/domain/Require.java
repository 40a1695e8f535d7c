package io.aggregator.domain;

import java.util.List;
import java.util.function.Function;

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
        return storable(field, value, maxLength);
    }

    /**
     * Text of one line that a person reads as a name or a key: like {@link #text}, and made of printable
     * characters only, so no control, format or separator character can hide in it.
     */
    public static String printableText(String field, String value, int maxLength) {
        text(field, value, maxLength);
        int index = 0;
        while (index < value.length()) {
            int codePoint = value.codePointAt(index);
            if (!isPrintable(codePoint)) {
                throw ValidationException.of(field, "may contain only printable characters; "
                        + String.format("U+%04X", codePoint) + " at position "
                        + (value.codePointCount(0, index) + 1) + " is not");
            }
            index += Character.charCount(codePoint);
        }
        return value;
    }

    private static boolean isPrintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Text that may be absent or empty, but not longer than {@code maxLength} characters. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null ? null : storable(field, value, maxLength);
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ValidationException.of(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public static int notNegative(String field, int value) {
        if (value < 0) {
            throw ValidationException.of(field, "must not be negative, got " + value);
        }
        return value;
    }

    /**
     * Applies {@code check} to {@code value}; a rejection is added to {@code violations} instead of
     * thrown (the result is then null), so that a value object can name all of its problems at once.
     */
    public static <T, R> R collecting(List<Violation> violations, T value, Function<T, R> check) {
        try {
            return check.apply(value);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /**
     * Lengths count code points, so an emoji is one character. PostgreSQL's text cannot hold the NUL
     * character, and half of a surrogate pair cannot be written as UTF-8 at all (the driver would
     * store '?'): both are refused here rather than failing, or changing, in the database.
     */
    private static String storable(String field, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw ValidationException.of(field, "must be at most " + maxLength + " characters, got " + length);
        }
        if (value.indexOf('\0') >= 0) {
            throw ValidationException.of(field, "must not contain the NUL character");
        }
        // a paired surrogate makes one code point above U+FFFF; only a lone half shows as itself
        if (value.codePoints().anyMatch(codePoint -> codePoint >= Character.MIN_SURROGATE
                && codePoint <= Character.MAX_SURROGATE)) {
            throw ValidationException.of(field, "must not contain half of a UTF-16 surrogate pair");
        }
        return value;
    }
}
