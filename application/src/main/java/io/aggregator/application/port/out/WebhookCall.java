package io.aggregator.application.port.out;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One signed POST of a JSON object to a tenant's webhook: the payload's values are maps, lists, text,
 * numbers, booleans and nulls, as JSON holds them. {@code webhookId} is the
 * same on every retry of the same work, so the receiver can drop a duplicate.
 */
public record WebhookCall(URI url, String webhookId, Map<String, Object> payload, String secret, Duration timeout) {
    public WebhookCall {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String toString() {
        return "WebhookCall[" + url + ", " + webhookId + "]";
    }
}
