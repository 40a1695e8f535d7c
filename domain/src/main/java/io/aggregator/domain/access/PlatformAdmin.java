package io.aggregator.domain.access;

import io.aggregator.domain.Require;
import io.aggregator.domain.user.PasswordHash;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.time.Instant;

/** Someone who operates the deployment: belongs to no tenant, manages all of them. */
public record PlatformAdmin(UserId id, Username username, PasswordHash passwordHash, Instant createdAt) {
    public PlatformAdmin {
        Require.present("id", id);
        Require.present("username", username);
        Require.present("password_hash", passwordHash);
        Require.present("created_at", createdAt);
    }

    public PlatformAdmin withPasswordHash(PasswordHash newHash) {
        return new PlatformAdmin(id, username, newHash, createdAt);
    }
}
