package io.aggregator.application.port.in;

import java.time.Duration;

/** Refused for now; the caller may try again after {@link #retryAfter()}. */
public final class TooManyRequestsException extends RuntimeException {
    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
