package io.aggregator.domain.integration;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.chat.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a tenant's AI workflow answered, read from its JSON: {@code answer} (text, may be empty),
 * {@code handover} (or the older {@code manager}, as a boolean or the strings "true"/"false"), an
 * optional {@code confidence} from 0 to 1, and any other fields, kept as {@code details} for the
 * dashboard.
 */
public record AiReply(String answer, boolean handover, OptionalDouble confidence, Map<String, Object> details) {
    private static final Set<String> ANSWER_FIELDS = Set.of("answer", "handover", "manager");
    /** The details are kept with the turn; a workflow that sends a whole document gets it refused. */
    static final int MAX_DETAIL_FIELDS = 50;

    public AiReply {
        answer = answer == null ? "" : answer;
        Require.optionalText("answer", answer, Message.MAX_TEXT_LENGTH);
        Require.present("confidence", confidence);
        details = Map.copyOf(Require.present("details", details));
    }

    /**
     * Whether a webhook's JSON body carries an answer at all. A body without any answer field (empty,
     * or n8n's {@code {"message": "Workflow was started"}}) only says the request was taken, and the
     * answer will come through the callback.
     */
    public static boolean isAnswer(Map<String, Object> json) {
        return json.keySet().stream().anyMatch(ANSWER_FIELDS::contains);
    }

    /** @throws ValidationException naming each field that has the wrong type or range */
    public static AiReply from(Map<String, Object> json) {
        List<Violation> violations = new ArrayList<>();
        Object answer = json.get("answer");
        if (answer != null && !(answer instanceof String)) {
            violations.add(new Violation("answer", "must be text, got " + typeOf(answer)));
        }
        boolean handover = flag("handover", json.get("handover"), violations)
                || flag("manager", json.get("manager"), violations);
        OptionalDouble confidence = confidence(json.get("confidence"), violations);
        Map<String, Object> details = new LinkedHashMap<>(json);
        details.keySet().removeAll(ANSWER_FIELDS);
        details.remove("confidence");
        if (details.size() > MAX_DETAIL_FIELDS) {
            violations.add(new Violation("details", "at most " + MAX_DETAIL_FIELDS + " extra fields are kept, got "
                    + details.size()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        details.values().removeIf(value -> value == null);
        return new AiReply((String) answer, handover, confidence, details);
    }

    private static boolean flag(String field, Object value, List<Violation> violations) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        if (value instanceof String text) {
            String normalized = text.strip().toLowerCase(Locale.ROOT);
            if (normalized.equals("true") || normalized.equals("false")) {
                return normalized.equals("true");
            }
        }
        violations.add(new Violation(field, "must be true or false, got " + typeOf(value)));
        return false;
    }

    private static OptionalDouble confidence(Object value, List<Violation> violations) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value instanceof Number number) {
            double confidence = number.doubleValue();
            if (confidence >= 0 && confidence <= 1) {
                return OptionalDouble.of(confidence);
            }
        }
        violations.add(new Violation("confidence", "must be a number from 0 to 1, got " + typeOf(value)));
        return OptionalDouble.empty();
    }

    private static String typeOf(Object value) {
        return value instanceof String text ? "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'"
                : value instanceof Map ? "an object" : value instanceof List ? "a list" : String.valueOf(value);
    }
}
