package io.aggregator.adapter.security;

import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.domain.user.PasswordHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * bcrypt through Spring Security's maintained implementation. Verifies every bcrypt variant
 * ({@code $2a$}, {@code $2b$}, {@code $2y$}), so hashes from the single-tenant system keep working.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    /** OWASP asks for at least 10; 12 costs about a quarter of a second on a small server. */
    public static final int DEFAULT_COST = 12;

    private final BCryptPasswordEncoder encoder;

    public BcryptPasswordHasher(int cost) {
        if (cost < 10 || cost > 16) {
            throw new IllegalArgumentException("bcrypt cost must be between 10 and 16, got " + cost);
        }
        this.encoder = new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, cost);
    }

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(encoder.encode(password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        try {
            return encoder.matches(password, hash.encoded());
        } catch (IllegalArgumentException notBcrypt) {
            return false;
        }
    }
}
