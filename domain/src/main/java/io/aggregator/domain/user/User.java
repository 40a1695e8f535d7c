package io.aggregator.domain.user;

import io.aggregator.domain.Require;
import java.time.Instant;

/** A person who logs in to one tenant: a manager or the tenant's admin. */
public record User(UserId id, Username username, PasswordHash passwordHash, Role role, boolean active,
                   Instant createdAt) {
    public User {
        Require.present("id", id);
        Require.present("username", username);
        Require.present("password_hash", passwordHash);
        Require.present("role", role);
        Require.present("created_at", createdAt);
    }

    public User withPasswordHash(PasswordHash newHash) {
        return new User(id, username, newHash, role, active, createdAt);
    }

    public User withActive(boolean newActive) {
        return new User(id, username, passwordHash, role, newActive, createdAt);
    }

    public User withRole(Role newRole) {
        return new User(id, username, passwordHash, newRole, active, createdAt);
    }

    /** An active admin: what every tenant must keep at least one of. */
    public boolean activeAdmin() {
        return active && role == Role.ADMIN;
    }
}
