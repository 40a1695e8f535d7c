package io.aggregator.adapter.n8n;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A signing secret in the Standard Webhooks text form, {@code whsec_} followed by base64 of the key
 * bytes. The key never appears in {@link #toString()}.
 */
public final class WebhookSecret {
    private static final String PREFIX = "whsec_";
    private static final int MIN_KEY_BYTES = 24;
    private static final int GENERATED_KEY_BYTES = 32;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a webhook secret needs at least " + MIN_KEY_BYTES + " bytes of key, got "
                    + key.length);
        }
        this.key = key.clone();
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new WebhookSecret(key);
    }

    public static WebhookSecret parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with '" + PREFIX + "'");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is '" + PREFIX + "' followed by base64", e);
        }
        return new WebhookSecret(key);
    }

    /** The form to show the tenant admin once and to paste into n8n. */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && java.security.MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
