package io.aggregator.domain.tenant;

import io.aggregator.domain.Require;
import java.time.Instant;

/**
 * One business served by the deployment. {@code rateLimitPerMinute} caps its API requests; null
 * means the server's default.
 */
public record Tenant(TenantId id, String displayName, TenantStatus status, Integer rateLimitPerMinute,
                     Instant createdAt) {
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;
    public static final int MAX_RATE_LIMIT_PER_MINUTE = 100_000;

    public Tenant {
        Require.present("tenant_id", id);
        displayName = Require.text("display_name", displayName, MAX_DISPLAY_NAME_LENGTH).strip();
        Require.present("status", status);
        if (rateLimitPerMinute != null) {
            Require.inRange("rate_limit_per_minute", rateLimitPerMinute, 1, MAX_RATE_LIMIT_PER_MINUTE);
        }
        Require.present("created_at", createdAt);
    }

    public static Tenant create(TenantId id, String displayName, Instant now) {
        return new Tenant(id, displayName, TenantStatus.ACTIVE, null, now);
    }

    public Tenant withStatus(TenantStatus newStatus) {
        return new Tenant(id, displayName, newStatus, rateLimitPerMinute, createdAt);
    }

    public Tenant withDisplayName(String newDisplayName) {
        return new Tenant(id, newDisplayName, status, rateLimitPerMinute, createdAt);
    }

    public Tenant withRateLimitPerMinute(Integer newLimit) {
        return new Tenant(id, displayName, status, newLimit, createdAt);
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
