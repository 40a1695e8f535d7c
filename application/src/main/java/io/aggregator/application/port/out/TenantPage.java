package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.Tenant;
import java.util.List;

/** One page of the tenant directory; {@code hasMore} says whether a next page exists. */
public record TenantPage(List<Tenant> tenants, boolean hasMore) {
    public TenantPage {
        tenants = List.copyOf(tenants);
    }
}
