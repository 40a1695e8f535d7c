package io.aggregator.application.port.out;

/** A store refused a write because it would duplicate something unique, such as a taken username. */
public final class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field whose value is already taken. */
    public String field() {
        return field;
    }
}
