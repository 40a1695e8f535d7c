package io.aggregator.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Signing secrets and signatures of the Standard Webhooks specification: {@code webhook-signature} is
 * {@code v1,<base64 HMAC-SHA256 over "id.timestamp.body">} under a {@code whsec_} secret.
 */
public interface WebhookSigning {

    /** A new random secret in its {@code whsec_<base64>} form. */
    String newSecret();

    /** The {@code webhook-signature} header value for one message. */
    String sign(String secret, String webhookId, long timestampSeconds, String body);

    /**
     * Checks a received message against any of the secrets (two while a rotation overlaps).
     *
     * @throws WebhookSignatureException saying what was wrong
     */
    void verify(List<String> secrets, String webhookId, String timestampHeader, String signatureHeader, String body,
                Instant now, Duration tolerance);
}
