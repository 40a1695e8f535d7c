package io.aggregator.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentKeyTest {
    @TempDir
    Path directory;

    /** Two keys are the same when what one seals the other opens. */
    private static void assertSameKey(DeploymentKey first, DeploymentKey second) {
        String sealed = new AesGcmSecretCipher(first).seal("whsec_c2VjcmV0");
        assertThat(new AesGcmSecretCipher(second).open(sealed)).isEqualTo("whsec_c2VjcmV0");
    }

    @Test
    void theSettingTakesBase64AsOpensslWritesIt() {
        DeploymentKey generated = DeploymentKey.generate();

        assertSameKey(generated, DeploymentKey.fromBase64(generated.base64() + "\n"));
        assertThat(Base64.getDecoder().decode(generated.base64())).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "c2hvcnQga2V5IG9mIDE2IGI=",
        "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OQ=="})
    void aSettingThatIsNotThirtyTwoBytesOfBase64IsRefusedWithoutQuotingIt(String text) {
        assertThatThrownBy(() -> DeploymentKey.fromBase64(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SECRET_KEY must be base64 of exactly 32 random bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptySettingIsRefused(String text) {
        assertThatThrownBy(() -> DeploymentKey.fromBase64(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SECRET_KEY must be base64 of exactly 32 random bytes")
                .hasMessageEndingWith("but is empty");
    }

    @Test
    void aMissingKeyFileIsCreatedOwnerOnlyWithItsDirectories() throws IOException {
        Path file = directory.resolve("data/keys/secret.key");

        DeploymentKey created = DeploymentKey.fromFile(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertSameKey(created, DeploymentKey.fromBase64(Files.readString(file)));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theKeyFileIsCreatedOnceAndReadAfterwards() throws IOException {
        Path file = directory.resolve("secret.key");

        DeploymentKey first = DeploymentKey.fromFile(file);
        String written = Files.readString(file);
        DeploymentKey second = DeploymentKey.fromFile(file);

        assertSameKey(first, second);
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void anExistingKeyFileIsUsedAsItIs() throws IOException {
        DeploymentKey given = DeploymentKey.generate();
        Path file = Files.writeString(directory.resolve("secret.key"), given.base64() + "\n");

        assertSameKey(given, DeploymentKey.fromFile(file));
    }

    @Test
    void aKeyFileThatHoldsNoKeyIsRefusedByName() throws IOException {
        Path file = Files.writeString(directory.resolve("secret.key"), "c2hvcnQ=");

        assertThatThrownBy(() -> DeploymentKey.fromFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the key file " + file + " must be base64 of exactly 32 random bytes")
                .hasMessageEndingWith("but holds 5 bytes");
    }

    @Test
    void theKeyNeverPrints() {
        DeploymentKey key = DeploymentKey.generate();

        assertThat(key.toString()).isEqualTo("DeploymentKey[***]").doesNotContain(key.base64());
    }
}
