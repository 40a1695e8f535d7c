package io.aggregator.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(10);

    @Test
    void aHashVerifiesItsPasswordOnlyAndIsSaltedAnew() {
        PasswordHash first = hasher.hash("correct horse battery staple");
        PasswordHash second = hasher.hash("correct horse battery staple");

        assertThat(first.encoded()).startsWith("$2b$10$").isNotEqualTo(second.encoded());
        assertThat(hasher.matches("correct horse battery staple", first)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", first)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(BCryptPasswordEncoder.BCryptVersion.class)
    void hashesOfEveryBcryptVariantVerify(BCryptPasswordEncoder.BCryptVersion variant) {
        // the single-tenant system's Python bcrypt wrote $2b$; older PHP and Node libraries $2a$ and $2y$
        PasswordHash foreign = new PasswordHash(new BCryptPasswordEncoder(variant, 10).encode("admin-secret-1"));

        assertThat(hasher.matches("admin-secret-1", foreign)).isTrue();
        assertThat(hasher.matches("admin-secret-2", foreign)).isFalse();
    }

    @Test
    void somethingThatIsNotABcryptHashMatchesNothing() {
        assertThat(hasher.matches("x", new PasswordHash("not-a-bcrypt-hash"))).isFalse();
    }

    @Test
    void theCostStaysWithinWhatIsSafeAndBearable() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(4)).hasMessageContaining("between 10 and 16");
    }
}
