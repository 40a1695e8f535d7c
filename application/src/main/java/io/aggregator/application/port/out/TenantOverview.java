package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import java.time.Instant;

/**
 * A tenant's row of the overview: the seed's {@code tenant_overview} columns (settings, chats, messages,
 * active FAQs, last update) with the tenant's name, status and number of users.
 */
public record TenantOverview(TenantId tenantId, String displayName, TenantStatus status, String systemMessage,
                             HandoverMode handoverMode, long chats, long messages, long activeFaqs, long users,
                             Instant lastUpdated) {
}
