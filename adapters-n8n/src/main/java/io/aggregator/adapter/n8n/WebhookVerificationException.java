package io.aggregator.adapter.n8n;

/** A received webhook whose headers or signature do not check out; the message says which. */
public final class WebhookVerificationException extends RuntimeException {
    public WebhookVerificationException(String message) {
        super(message);
    }
}
