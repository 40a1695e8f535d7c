package io.aggregator.adapter.n8n;

import io.aggregator.application.port.out.WebhookSignatureException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification defines them: {@code webhook-signature} is
 * {@code v1,} and base64 of HMAC-SHA256 over {@code "<webhook-id>.<webhook-timestamp>.<body>"}. The
 * same id across retries lets the receiver drop duplicates; the timestamp bounds replays.
 */
public final class StandardWebhookSignature {
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    /** How far a timestamp may be from now, either way, before the message is refused. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String VERSION = "v1";

    private StandardWebhookSignature() {
    }

    /** The value of the {@code webhook-signature} header for one message. */
    public static String sign(WebhookSecret secret, String id, long timestampSeconds, String body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(hmac(secret, id, timestampSeconds, body));
    }

    /**
     * Checks a received message against any of the given secrets (several during a rotation). The
     * signature header may list several space-separated signatures; one valid {@code v1} is enough.
     *
     * @throws WebhookSignatureException saying what was wrong
     */
    public static void verify(List<WebhookSecret> secrets, String id, String timestampHeader, String signatureHeader,
                              String body, Instant now, Duration tolerance) {
        if (id == null || id.isBlank() || timestampHeader == null || signatureHeader == null) {
            throw new WebhookSignatureException("the webhook-id, webhook-timestamp and webhook-signature headers "
                    + "are required");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw new WebhookSignatureException("webhook-timestamp must be whole seconds since 1970, got '"
                    + timestampHeader + "'");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            throw new WebhookSignatureException("webhook-timestamp is more than " + tolerance.toSeconds()
                    + " s away from the server's time");
        }
        for (WebhookSecret secret : secrets) {
            byte[] expected = hmac(secret, id, timestamp, body);
            for (String candidate : signatureHeader.trim().split(" +")) {
                if (matches(candidate, expected)) {
                    return;
                }
            }
        }
        throw new WebhookSignatureException("no valid signature in webhook-signature");
    }

    private static boolean matches(String candidate, byte[] expected) {
        int comma = candidate.indexOf(',');
        if (comma < 0 || !VERSION.equals(candidate.substring(0, comma))) {
            return false;
        }
        try {
            // constant-time comparison: the time taken must not tell how much of a guess was right
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(comma + 1)));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] hmac(WebhookSecret secret, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
