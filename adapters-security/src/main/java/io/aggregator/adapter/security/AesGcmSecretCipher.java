package io.aggregator.adapter.security;

import io.aggregator.application.port.out.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets with AES-256-GCM under the {@link DeploymentKey}. A sealed secret is the text
 * {@code v1.} followed by unpadded base64url of the 12-byte random IV, the ciphertext and the 16-byte
 * tag; the version leaves room for another scheme or key later. GCM's tag makes any change to the
 * text, or a different key, fail to open instead of opening to garbage.
 * <p>
 * No associated data: the port seals a secret without saying whose it is. Whoever can write the
 * database could move a sealed secret from one tenant's row to another's, but learns nothing by it
 * that overwriting the row would not give.
 */
public final class AesGcmSecretCipher implements SecretCipher {
    private static final String PREFIX = "v1.";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /** The IV length GCM is specified for; random IVs stay safe far beyond the secrets a server seals. */
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretCipher(DeploymentKey key) {
        this.key = key.aesKey();
    }

    @Override
    public String seal(String secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
        byte[] ivAndSealed = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(ivAndSealed);
    }

    /** @throws IllegalStateException when the text was not sealed under this key or was altered; it never quotes the text */
    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret: it does not start with '" + PREFIX + "'");
        }
        byte[] ivAndSealed;
        try {
            ivAndSealed = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("not a sealed secret: '" + PREFIX + "' is not followed by base64url");
        }
        if (ivAndSealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("not a sealed secret: too short to hold an IV and a tag");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndSealed, 0, IV_BYTES));
            byte[] secret = cipher.doFinal(ivAndSealed, IV_BYTES, ivAndSealed.length - IV_BYTES);
            return new String(secret, StandardCharsets.UTF_8);
        } catch (AEADBadTagException wrongKeyOrAltered) {
            throw new IllegalStateException("the sealed secret was sealed under another key or has been altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
