package io.aggregator.domain.tenant;

import io.aggregator.domain.Require;
import java.time.Instant;

/** One business served by the deployment. */
public record Tenant(TenantId id, String displayName, TenantStatus status, Instant createdAt) {
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    public Tenant {
        Require.present("tenant_id", id);
        Require.text("display_name", displayName, MAX_DISPLAY_NAME_LENGTH);
        Require.present("status", status);
        Require.present("created_at", createdAt);
    }

    public Tenant withStatus(TenantStatus newStatus) {
        return new Tenant(id, displayName, newStatus, createdAt);
    }
}
