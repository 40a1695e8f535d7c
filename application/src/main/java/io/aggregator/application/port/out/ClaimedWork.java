package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.TenantId;
import java.util.Objects;
import java.util.UUID;

/** An outbox entry a worker claimed; only the holder of {@code claimToken} may record its result. */
public record ClaimedWork(TenantId tenant, OutboxEntry entry, UUID claimToken) {
    public ClaimedWork {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(claimToken, "claimToken");
    }
}
