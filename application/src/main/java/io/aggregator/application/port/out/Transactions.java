package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.TenantId;
import java.util.function.Supplier;

/**
 * Runs a unit of work in exactly one database transaction. Tenant-owned stores work only inside
 * {@link #inTenant}: they read and write the rows of that tenant and no other. A nested call for the
 * same tenant joins the running transaction; a nested call for another tenant is a programming error.
 * If the work throws, nothing it wrote is kept.
 */
public interface Transactions {

    <T> T inTenant(TenantId tenant, Supplier<T> work);

    default void runInTenant(TenantId tenant, Runnable work) {
        inTenant(tenant, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Work on the platform's own records (the tenant directory) in a transaction bound to no tenant:
     * tenant-owned stores refuse to work here, and the database shows no tenant rows.
     */
    <T> T inPlatform(Supplier<T> work);
}
