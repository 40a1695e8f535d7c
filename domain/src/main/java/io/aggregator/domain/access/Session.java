package io.aggregator.domain.access;

import io.aggregator.domain.Require;
import io.aggregator.domain.user.UserId;
import java.time.Instant;

/**
 * A login: who ({@code userId}, a tenant user or a platform admin), until when, and the hash of the
 * CSRF token that cookie-authenticated writes must echo. Identified by the hash of its token.
 */
public record Session(String tokenHash, UserId userId, String csrfTokenHash, Instant createdAt, Instant expiresAt) {
    public Session {
        Require.text("token_hash", tokenHash, 64);
        Require.present("user_id", userId);
        Require.text("csrf_token_hash", csrfTokenHash, 64);
        Require.present("created_at", createdAt);
        Require.present("expires_at", expiresAt);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
