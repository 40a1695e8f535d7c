package io.aggregator.application.port.in;

/** The caller is known but may not do this. */
public final class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
