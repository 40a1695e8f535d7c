package io.aggregator.adapter.n8n;

import io.aggregator.application.port.out.WebhookSignatureException;
import io.aggregator.application.port.out.WebhookSigning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signing port over {@link StandardWebhookSignature}, with secrets in their {@code whsec_} text
 * form as the application stores them.
 */
public final class StandardWebhookSigning implements WebhookSigning {

    @Override
    public String newSecret() {
        return WebhookSecret.generate().reveal();
    }

    /** @throws IllegalArgumentException when {@code secret} is not a {@code whsec_} secret */
    @Override
    public String sign(String secret, String webhookId, long timestampSeconds, String body) {
        return StandardWebhookSignature.sign(WebhookSecret.parse(secret), webhookId, timestampSeconds, body);
    }

    /**
     * @throws WebhookSignatureException saying what was wrong with the message
     * @throws IllegalArgumentException when one of the server's own secrets is not a {@code whsec_} secret
     */
    @Override
    public void verify(List<String> secrets, String webhookId, String timestampHeader, String signatureHeader,
                       String body, Instant now, Duration tolerance) {
        List<WebhookSecret> parsed = secrets.stream().map(WebhookSecret::parse).toList();
        StandardWebhookSignature.verify(parsed, webhookId, timestampHeader, signatureHeader, body, now, tolerance);
    }
}
