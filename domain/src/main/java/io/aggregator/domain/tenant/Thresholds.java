package io.aggregator.domain.tenant;

import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A tenant's thresholds: the {@link KnownThreshold known keys} typed and range-checked, every other
 * key kept exactly as given (strings, numbers, booleans, null, lists and maps of those).
 */
public final class Thresholds {
    public static final int MAX_KEYS = 100;
    public static final int MAX_KEY_LENGTH = 64;

    private static final Thresholds NONE = new Thresholds(Map.of());

    private final Map<String, Object> values;

    private Thresholds(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Thresholds none() {
        return NONE;
    }

    /** Validates and copies a key/value map such as the one parsed from the tenant's JSON. */
    public static Thresholds fromMap(Map<String, ?> raw) {
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        List<Violation> violations = new ArrayList<>();
        if (raw.size() > MAX_KEYS) {
            violations.add(new Violation("thresholds", "may have at most " + MAX_KEYS + " keys, got " + raw.size()));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
                violations.add(new Violation("thresholds", "keys must be 1 to " + MAX_KEY_LENGTH
                        + " characters, got '" + key + "'"));
                return;
            }
            Optional<KnownThreshold> known = KnownThreshold.byKey(key);
            Object kept = known.isPresent()
                    ? known.get().normalize(value, violations)
                    : copyOfJsonValue("thresholds." + key, value, violations);
            copy.put(key, kept);
        });
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Thresholds(copy);
    }

    public OptionalInt responseTimeoutSeconds() {
        return wholeNumber(KnownThreshold.RESPONSE_TIMEOUT);
    }

    public OptionalInt maxResponses() {
        return wholeNumber(KnownThreshold.MAX_RESPONSES);
    }

    public OptionalDouble escalationThreshold() {
        return fraction(KnownThreshold.ESCALATION_THRESHOLD);
    }

    public OptionalDouble faqMinScore() {
        return fraction(KnownThreshold.FAQ_MIN_SCORE);
    }

    public Optional<Boolean> handoverOnAttachment() {
        return Optional.ofNullable((Boolean) values.get(KnownThreshold.HANDOVER_ON_ATTACHMENT.key()));
    }

    public OptionalInt reactivateAfterMinutes() {
        return wholeNumber(KnownThreshold.REACTIVATE_AFTER_MINUTES);
    }

    /** Every key, known and unknown. */
    public Map<String, Object> asMap() {
        return values;
    }

    private OptionalInt wholeNumber(KnownThreshold threshold) {
        Object value = values.get(threshold.key());
        return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
    }

    private OptionalDouble fraction(KnownThreshold threshold) {
        Object value = values.get(threshold.key());
        return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
    }

    /** Deep, unmodifiable copy of a JSON-shaped value; anything that JSON cannot hold is a violation. */
    private static Object copyOfJsonValue(String field, Object value, List<Violation> violations) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Float
                || value instanceof Short || value instanceof Byte) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyOfJsonValue(field + "[" + i + "]", list.get(i), violations));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, nested) -> {
                if (key instanceof String name) {
                    copy.put(name, copyOfJsonValue(field + "." + name, nested, violations));
                } else {
                    violations.add(new Violation(field, "object keys must be strings, got " + key));
                }
            });
            return Collections.unmodifiableMap(copy);
        }
        violations.add(new Violation(field, "must be a JSON value, got a " + value.getClass().getSimpleName()));
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Thresholds that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Thresholds" + values;
    }
}
