package io.aggregator.bootstrap;

/** The server cannot start; the message says why and what to do about it. */
public final class StartupException extends RuntimeException {
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
