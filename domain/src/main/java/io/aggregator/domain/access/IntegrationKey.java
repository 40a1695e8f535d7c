package io.aggregator.domain.access;

import io.aggregator.domain.Require;
import io.aggregator.domain.user.UserId;
import java.time.Instant;

/**
 * A tenant's credential for machines (n8n, channel connectors). Only the hash of the key is kept;
 * {@code prefix} lets an admin recognise it in a list. A revoked key stays listed but opens nothing.
 */
public record IntegrationKey(IntegrationKeyId id, String name, String prefix, String keyHash, UserId createdBy,
                             Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public static final int MAX_NAME_LENGTH = 100;

    public IntegrationKey {
        Require.present("id", id);
        name = Require.printableText("name", name, MAX_NAME_LENGTH).strip();
        Require.text("prefix", prefix, 100);
        Require.text("key_hash", keyHash, 64);
        Require.present("created_at", createdAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Revoked as of {@code now}; a key revoked before keeps the time it was first revoked. */
    public IntegrationKey revoke(Instant now) {
        return revoked() ? this : new IntegrationKey(id, name, prefix, keyHash, createdBy, createdAt, lastUsedAt, now);
    }
}
