package io.aggregator.adapter.n8n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.WebhookSignatureException;
import io.aggregator.application.port.out.WebhookSigning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhookSigningTest {
    private static final String ID = "01936f8e-7c1a-7a53-9d6e-2f0a1b3c4d5e";
    private static final String BODY = "{\"type\":\"ai_request\"}";
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final WebhookSigning signing = new StandardWebhookSigning();

    @Test
    void newSecretsAreStandardWebhookSecretsAndNeverRepeat() {
        String secret = signing.newSecret();

        assertThat(secret).startsWith("whsec_").isNotEqualTo(signing.newSecret());
        assertThat(WebhookSecret.parse(secret).reveal()).isEqualTo(secret);
    }

    @Test
    void aSignatureVerifiesUnderItsSecretOnly() {
        String secret = signing.newSecret();
        String other = signing.newSecret();
        String signature = signing.sign(secret, ID, NOW.getEpochSecond(), BODY);
        String timestamp = Long.toString(NOW.getEpochSecond());

        assertThat(signature).isEqualTo(StandardWebhookSignature.sign(WebhookSecret.parse(secret), ID,
                NOW.getEpochSecond(), BODY));
        assertThatCode(() -> signing.verify(List.of(other, secret), ID, timestamp, signature, BODY, NOW, TOLERANCE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> signing.verify(List.of(other), ID, timestamp, signature, BODY, NOW, TOLERANCE))
                .isInstanceOf(WebhookSignatureException.class)
                .hasMessage("no valid signature in webhook-signature");
    }

    @Test
    void missingHeadersAreRefusedWithTheReason() {
        String secret = signing.newSecret();

        assertThatThrownBy(() -> signing.verify(List.of(secret), ID, null, null, BODY, NOW, TOLERANCE))
                .isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("headers are required");
    }

    @Test
    void aSecretThatIsNotAStandardWebhookSecretCannotSign() {
        assertThatThrownBy(() -> signing.sign("not-a-secret", ID, NOW.getEpochSecond(), BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with 'whsec_'");
    }
}
