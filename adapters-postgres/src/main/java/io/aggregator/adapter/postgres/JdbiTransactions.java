package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.tenant.TenantId;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One JDBI transaction per unit of work. For a tenant, the first statement binds the transaction to
 * it with {@code set_config('app.tenant_id', ?, true)}: transaction-local, so a pooled connection
 * never carries one tenant's binding into the next transaction.
 */
final class JdbiTransactions implements Transactions {
    private record Bound(Handle handle, TenantId tenant) {
    }

    private final Jdbi jdbi;
    private final ThreadLocal<Bound> current = new ThreadLocal<>();

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(Objects.requireNonNull(tenant, "tenant"), work);
    }

    @Override
    public <T> T inPlatform(Supplier<T> work) {
        return run(null, work);
    }

    private <T> T run(TenantId tenant, Supplier<T> work) {
        Bound running = current.get();
        if (running != null) {
            if (!Objects.equals(running.tenant(), tenant)) {
                throw new IllegalStateException("a transaction for " + describe(running.tenant())
                        + " cannot run work for " + describe(tenant));
            }
            return work.get();
        }
        return jdbi.inTransaction(handle -> {
            if (tenant != null) {
                handle.createQuery("SELECT set_config('app.tenant_id', :tenant, true)")
                        .bind("tenant", tenant.value())
                        .mapTo(String.class)
                        .one();
            }
            current.set(new Bound(handle, tenant));
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /** The running transaction's handle, for stores. */
    Handle handle() {
        Bound bound = current.get();
        if (bound == null) {
            throw new IllegalStateException("stores work only inside a transaction");
        }
        return bound.handle();
    }

    /** The running transaction's tenant, or null in a platform transaction. */
    TenantId scopeTenant() {
        Bound bound = current.get();
        if (bound == null) {
            throw new IllegalStateException("stores work only inside a transaction");
        }
        return bound.tenant();
    }

    /** The handle of a platform transaction; platform stores refuse to work in a tenant's. */
    Handle platformHandle() {
        if (scopeTenant() != null) {
            throw new IllegalStateException("platform stores work only inside a platform transaction");
        }
        return handle();
    }

    /** The tenant the running transaction is bound to; tenant-owned stores need one. */
    TenantId tenant() {
        Bound bound = current.get();
        if (bound == null || bound.tenant() == null) {
            throw new IllegalStateException("tenant-owned stores work only inside a tenant transaction");
        }
        return bound.tenant();
    }

    private static String describe(TenantId tenant) {
        return tenant == null ? "the platform" : "tenant " + tenant;
    }
}
