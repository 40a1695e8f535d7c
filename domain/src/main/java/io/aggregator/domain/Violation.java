package io.aggregator.domain;

import java.util.Objects;

/** One reason why a value was rejected: the field it concerns and a message a person can act on. */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
