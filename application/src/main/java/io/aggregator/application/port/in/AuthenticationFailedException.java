package io.aggregator.application.port.in;

/** The credentials are missing, wrong, expired or revoked. One message for all, so it tells nothing. */
public final class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException(String message) {
        super(message);
    }
}
