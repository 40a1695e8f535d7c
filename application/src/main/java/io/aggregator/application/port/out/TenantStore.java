package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import java.util.Optional;

/** The directory of tenants, which belongs to the platform rather than to any tenant. */
public interface TenantStore {

    /** @throws ConflictException if the tenant id is taken */
    void add(Tenant tenant);

    Optional<Tenant> findById(TenantId id);

    /** @return false if there is no such tenant */
    boolean update(Tenant tenant);

    /** Removes the tenant and every row it owns. @return false if there was no such tenant */
    boolean delete(TenantId id);
}
