package io.aggregator.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmSecretCipherTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(DeploymentKey.generate());

    @ParameterizedTest
    @ValueSource(strings = {SECRET, "", "пароль 🔑 with every kind of character"})
    void aSealedSecretOpensToItself(String secret) {
        String sealed = cipher.seal(secret);

        assertThat(sealed).matches("v1\\.[A-Za-z0-9_-]+");
        assertThat(cipher.open(sealed)).isEqualTo(secret);
    }

    @Test
    void theSameSecretSealsDifferentlyEveryTime() {
        String first = cipher.seal(SECRET);
        String second = cipher.seal(SECRET);

        assertThat(first).isNotEqualTo(second).doesNotContain(SECRET);
        assertThat(cipher.open(first)).isEqualTo(cipher.open(second)).isEqualTo(SECRET);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = cipher.seal(SECRET);
        AesGcmSecretCipher otherDeployment = new AesGcmSecretCipher(DeploymentKey.generate());

        assertThatThrownBy(() -> otherDeployment.open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the sealed secret was sealed under another key or has been altered");
    }

    @Test
    void anAlteredTextDoesNotOpen() {
        String sealed = cipher.seal(SECRET);
        int middle = sealed.length() / 2;
        String altered = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);

        assertThatThrownBy(() -> cipher.open(altered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the sealed secret was sealed under another key or has been altered");
        assertThatThrownBy(() -> cipher.open(sealed.substring(0, sealed.length() - 4)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the sealed secret was sealed under another key or has been altered");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {SECRET, "v2.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "v1.not base64!", "v1.AAAA"})
    void otherTextsAreNotSealedSecretsAndAreNotQuoted(String text) {
        assertThatThrownBy(() -> cipher.open(text))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("not a sealed secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }
}
