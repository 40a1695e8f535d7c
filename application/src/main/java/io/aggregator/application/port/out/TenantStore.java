package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import java.util.Optional;

/** The directory of tenants, which belongs to the platform rather than to any tenant. */
public interface TenantStore {

    /** @throws ConflictException if the tenant id is taken */
    void add(Tenant tenant);

    Optional<Tenant> findById(TenantId id);

    /** @return false if there is no such tenant */
    boolean update(Tenant tenant);

    /**
     * Tenants ordered by id, after {@code after} (null: from the start), at most {@code limit}, only
     * those with {@code status} unless it is null.
     */
    TenantPage list(TenantStatus status, TenantId after, int limit);

    /** Removes the tenant and every row it owns. @return false if there was no such tenant */
    boolean delete(TenantId id);
}
