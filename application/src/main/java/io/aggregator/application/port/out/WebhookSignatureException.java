package io.aggregator.application.port.out;

/** A signed webhook that does not verify: headers missing, timestamp out of tolerance, or no valid signature. */
public final class WebhookSignatureException extends RuntimeException {
    public WebhookSignatureException(String message) {
        super(message);
    }
}
