package io.aggregator.domain.user;

import io.aggregator.domain.Require;
import io.aggregator.domain.Uuids;
import java.util.UUID;

/** Identifies one user within its tenant. */
public record UserId(UUID value) {
    public UserId {
        Require.present("user_id", value);
    }

    public static UserId newId() {
        return new UserId(Uuids.timeOrdered());
    }

    public static UserId parse(String text) {
        return new UserId(Uuids.parse("user_id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
