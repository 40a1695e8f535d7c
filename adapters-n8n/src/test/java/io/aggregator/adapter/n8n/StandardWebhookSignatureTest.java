package io.aggregator.adapter.n8n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.WebhookSignatureException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {
    // the test vector published with the Standard Webhooks reference libraries
    private static final WebhookSecret SECRET = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);

    private static void verify(List<WebhookSecret> secrets, String timestamp, String signature, String body,
                               Instant now) {
        StandardWebhookSignature.verify(secrets, ID, timestamp, signature, body, now,
                StandardWebhookSignature.DEFAULT_TOLERANCE);
    }

    @Test
    void signsTheReferenceVectorLikeTheSpecification() {
        assertThat(StandardWebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void acceptsTheReferenceVectorAmongOtherSignatures() {
        assertThatCode(() -> verify(List.of(SECRET), "1614265330", "v1,bm90IGl0 " + SIGNATURE, BODY, THEN))
                .doesNotThrowAnyException();
    }

    @Test
    void duringARotationEitherSecretVerifies() {
        WebhookSecret next = WebhookSecret.generate();
        String signedWithNext = StandardWebhookSignature.sign(next, ID, TIMESTAMP, BODY);

        assertThatCode(() -> verify(List.of(SECRET, next), "1614265330", signedWithNext, BODY, THEN))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> verify(List.of(SECRET), "1614265330", signedWithNext, BODY, THEN))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void refusesAChangedBodyOrAnotherVersion() {
        assertThatThrownBy(() -> verify(List.of(SECRET), "1614265330", SIGNATURE, "{\"test\": 1}", THEN))
                .hasMessage("no valid signature in webhook-signature");
        assertThatThrownBy(() -> verify(List.of(SECRET), "1614265330", SIGNATURE.replace("v1,", "v2,"), BODY, THEN))
                .hasMessage("no valid signature in webhook-signature");
    }

    @Test
    void refusesTimestampsOutsideTheTolerance() {
        Instant sixMinutesLater = THEN.plus(Duration.ofMinutes(6));

        assertThatThrownBy(() -> verify(List.of(SECRET), "1614265330", SIGNATURE, BODY, sixMinutesLater))
                .hasMessageContaining("more than 300 s away");
        assertThatThrownBy(() -> verify(List.of(SECRET), "yesterday", SIGNATURE, BODY, THEN))
                .hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> verify(List.of(SECRET), null, SIGNATURE, BODY, THEN))
                .hasMessageContaining("headers are required");
    }

    @Test
    void secretsRoundTripAndNeverPrint() {
        WebhookSecret secret = WebhookSecret.generate();

        assertThat(WebhookSecret.parse(secret.reveal())).isEqualTo(secret);
        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(6));
        assertThatThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessageContaining("starts with 'whsec_'");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_c2hvcnQ=")).hasMessageContaining("at least 24 bytes");
    }
}
