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
        return value == null ? null : atMost(field, value, maxLength);
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ValidationException.of(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static String atMost(String field, String value, int maxLength) {
        storable(field, value);
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw ValidationException.of(field, "must be at most " + maxLength + " characters, got " + length);
        }
        return value;
    }

    /**
     * Text must survive the trip to the database unchanged: PostgreSQL refuses U+0000 in text, and a
     * lone UTF-16 surrogate (a JSON escape can produce one) would be stored as '?'.
     */
    private static void storable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw ValidationException.of(field, "must not contain the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ValidationException.of(field, "is not well-formed Unicode: a lone surrogate "
                        + String.format("U+%04X", (int) c) + " at position " + (value.codePointCount(0, i) + 1));
            }
        }
    }
}
