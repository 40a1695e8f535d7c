package io.aggregator.application.port.in;

import io.aggregator.application.port.out.TenantPage;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.TenantStatus;

/** The platform admin's work on the tenant directory. */
public interface ManageTenantsUseCase {

    /** {@code settings} may be null for the defaults; {@code rateLimitPerMinute} null for the server's. */
    record CreateTenant(TenantId id, String displayName, TenantSettings settings, Integer rateLimitPerMinute) {
    }

    /** Null fields stay as they are; {@code resetRateLimit} returns the tenant to the server's default. */
    record ChangeTenant(String displayName, Integer rateLimitPerMinute, boolean resetRateLimit) {
    }

    /** @throws io.aggregator.application.port.out.ConflictException if the id is taken */
    Tenant create(CreateTenant command);

    TenantPage list(TenantStatus status, TenantId after, int limit);

    /** @throws NotFoundException if there is no such tenant */
    Tenant get(TenantId id);

    Tenant change(TenantId id, ChangeTenant changes);

    /** Its users and keys are refused until reactivated; its data is kept. */
    Tenant suspend(TenantId id);

    Tenant reactivate(TenantId id);

    /**
     * Removes the tenant and all of its data. {@code confirmation} must repeat the tenant id.
     *
     * @throws io.aggregator.domain.ValidationException if it does not
     */
    void delete(TenantId id, String confirmation);
}
