package io.aggregator.domain.access;

import io.aggregator.domain.Require;
import io.aggregator.domain.Uuids;
import java.util.UUID;

/** Identifies one integration key within its tenant. */
public record IntegrationKeyId(UUID value) {
    public IntegrationKeyId {
        Require.present("key_id", value);
    }

    public static IntegrationKeyId newId() {
        return new IntegrationKeyId(Uuids.timeOrdered());
    }

    public static IntegrationKeyId parse(String text) {
        return new IntegrationKeyId(Uuids.parse("key_id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
