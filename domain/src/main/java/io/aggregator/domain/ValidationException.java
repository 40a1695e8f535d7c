package io.aggregator.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input breaks a domain rule; carries every violation found, each naming its field. */
public final class ValidationException extends RuntimeException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        this(describe(violations), violations);
    }

    /**
     * With a summary of its own, for failures with many violations (an import's bad rows), whose
     * message would otherwise repeat every one of them.
     */
    public ValidationException(String summary, List<Violation> violations) {
        super(summary);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}
