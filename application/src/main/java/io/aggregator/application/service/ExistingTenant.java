package io.aggregator.application.service;

import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;

/**
 * The first step of a use case on a tenant's data: a platform admin may name any tenant, and writing
 * rows for one that does not exist must be a 404, not a broken foreign key.
 */
final class ExistingTenant {
    private ExistingTenant() {
    }

    /**
     * Must run inside the tenant's transaction, which shows the tenant its own directory entry.
     *
     * @throws NotFoundException if there is no such tenant
     */
    static Tenant require(TenantStore tenants, TenantId id) {
        return tenants.findById(id).orElseThrow(() -> new NotFoundException("no tenant " + id));
    }
}
