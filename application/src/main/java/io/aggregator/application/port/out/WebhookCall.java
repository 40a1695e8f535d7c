package io.aggregator.application.port.out;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One signed POST of a JSON body to a tenant's webhook. {@code webhookId} is the same on every retry
 * of the same work, so the receiver can drop a duplicate.
 */
public record WebhookCall(URI url, String webhookId, String jsonBody, String secret, Duration timeout) {
    public WebhookCall {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(jsonBody, "jsonBody");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String toString() {
        return "WebhookCall[" + url + ", " + webhookId + "]";
    }
}
