package io.aggregator.domain.tenant;

import io.aggregator.domain.Violation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The threshold keys the product itself acts on, each with its type and range. Keys not listed here
 * are kept as they are and passed on to the tenant's AI workflow.
 */
public enum KnownThreshold {
    /** Seconds to wait for the tenant's AI workflow before the handover policy takes over. */
    RESPONSE_TIMEOUT("response_timeout", Kind.WHOLE_NUMBER, 1, 600),
    /** Bot replies in a row after which the chat is handed to a manager. */
    MAX_RESPONSES("max_responses", Kind.WHOLE_NUMBER, 1, 1000),
    /** AI confidence below which the chat is escalated to a manager. */
    ESCALATION_THRESHOLD("escalation_threshold", Kind.FRACTION, 0, 1),
    /**
     * Whether a customer's file (a photo, a document, a voice note) hands the chat to a manager; the
     * bot cannot read files. On when absent.
     */
    HANDOVER_ON_ATTACHMENT("handover_on_attachment", Kind.SWITCH, 0, 1),
    /**
     * Minutes of customer silence after which a chat handed to a manager returns to the bot; 0 means
     * never (the chat stays with the managers until one gives it back). 10 when absent; at most a week.
     */
    REACTIVATE_AFTER_MINUTES("reactivate_after_minutes", Kind.WHOLE_NUMBER, 0, 10_080),
    /** Score an FAQ must reach to answer a customer without AI; unset, {@code FaqMatcher.DEFAULT_MIN_SCORE} applies. */
    FAQ_MIN_SCORE("faq_min_score", Kind.FRACTION, 0, 1);

    /**
     * What a value must be. A {@code SWITCH} is on or off, written as JSON {@code true}/{@code false}
     * or, as older configurations and form fields do, {@code 1}/{@code 0}; it is kept as a boolean.
     */
    private enum Kind { WHOLE_NUMBER, FRACTION, SWITCH }

    private final String key;
    private final Kind kind;
    private final long min;
    private final long max;

    KnownThreshold(String key, Kind kind, long min, long max) {
        this.key = key;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public static Optional<KnownThreshold> byKey(String key) {
        for (KnownThreshold known : values()) {
            if (known.key.equals(key)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the value in its canonical type ({@link Integer}, {@link Double} or {@link Boolean}), or
     * the violation that explains why it is not acceptable.
     */
    Object normalize(Object raw, java.util.List<Violation> violations) {
        String field = "thresholds." + key;
        if (kind == Kind.SWITCH) {
            return normalizeSwitch(field, raw, violations);
        }
        if (!(raw instanceof Number number)) {
            violations.add(new Violation(field, "must be a number" + rangeText() + ", got "
                    + (raw == null ? "null" : "'" + raw + "'")));
            return null;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        if (kind == Kind.WHOLE_NUMBER && decimal.stripTrailingZeros().scale() > 0) {
            violations.add(new Violation(field, "must be a whole number" + rangeText() + ", got " + number));
            return null;
        }
        if (decimal.compareTo(BigDecimal.valueOf(min)) < 0 || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(new Violation(field, "must be" + rangeText() + ", got " + number));
            return null;
        }
        return kind == Kind.WHOLE_NUMBER ? (Object) decimal.intValueExact() : (Object) decimal.doubleValue();
    }

    private static Boolean normalizeSwitch(String field, Object raw, java.util.List<Violation> violations) {
        if (raw instanceof Boolean on) {
            return on;
        }
        if (raw instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.compareTo(BigDecimal.ONE) == 0 || decimal.signum() == 0) {
                return decimal.signum() != 0;
            }
        }
        violations.add(new Violation(field, "must be true or false (or 1 or 0), got "
                + (raw instanceof String ? "'" + raw + "'" : String.valueOf(raw))));
        return null;
    }

    private String rangeText() {
        return " between " + min + " and " + max;
    }
}
