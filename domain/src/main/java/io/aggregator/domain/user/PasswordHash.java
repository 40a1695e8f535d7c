package io.aggregator.domain.user;

import io.aggregator.domain.Require;

/** A password as stored: the encoded hash (for example bcrypt's {@code $2b$12$...}), never the password. */
public record PasswordHash(String encoded) {
    public static final int MAX_LENGTH = 255;

    public PasswordHash {
        Require.text("password_hash", encoded, MAX_LENGTH);
    }

    /** The hash is a secret too: keep it out of logs. */
    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
