package io.aggregator.application.contract;

import io.aggregator.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the out-port contracts: each runs against the in-memory stores and against the real
 * adapter, so the fakes are shown to behave like the database. Every test works in two fresh tenants.
 */
public abstract class StoreContract {
    protected StorePorts ports;
    protected TenantId tenantA;
    protected TenantId tenantB;

    /** The implementation under test; may return the same instance to every test. */
    protected abstract StorePorts ports();

    @BeforeEach
    void createTenants() {
        ports = ports();
        tenantA = newTenant();
        tenantB = newTenant();
    }

    protected TenantId newTenant() {
        TenantId id = TestData.randomTenantId();
        ports.transactions().inPlatform(() -> {
            ports.tenants().add(TestData.tenant(id));
            return null;
        });
        return id;
    }

    protected <T> T inA(java.util.function.Supplier<T> work) {
        return ports.transactions().inTenant(tenantA, work);
    }

    protected <T> T inB(java.util.function.Supplier<T> work) {
        return ports.transactions().inTenant(tenantB, work);
    }
}
