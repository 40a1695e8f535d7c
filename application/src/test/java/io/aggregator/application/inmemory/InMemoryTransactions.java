package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.tenant.TenantId;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory tables: one at a time (serializable by construction), rolled back
 * to a snapshot when the work throws, and bound to a tenant the way the PostgreSQL adapter is.
 */
public final class InMemoryTransactions implements Transactions {
    private record Scope(TenantId tenant) {
    }

    private final InMemoryDatabase database;
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    InMemoryTransactions(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(new Scope(Objects.requireNonNull(tenant, "tenant")), work);
    }

    @Override
    public <T> T inPlatform(Supplier<T> work) {
        return run(new Scope(null), work);
    }

    private <T> T run(Scope scope, Supplier<T> work) {
        Scope running = current.get();
        if (running != null) {
            if (!running.equals(scope)) {
                throw new IllegalStateException("a transaction for " + describe(running)
                        + " cannot run work for " + describe(scope));
            }
            return work.get();
        }
        lock.lock();
        InMemoryDatabase before = database.snapshot();
        current.set(scope);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            database.restore(before);
            throw failure;
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    /** The database, for a store called inside a transaction. */
    InMemoryDatabase database() {
        if (current.get() == null) {
            throw new IllegalStateException("stores work only inside a transaction");
        }
        return database;
    }

    /** The running transaction's tenant, or null in a platform transaction. */
    TenantId scopeTenant() {
        Scope scope = current.get();
        if (scope == null) {
            throw new IllegalStateException("stores work only inside a transaction");
        }
        return scope.tenant();
    }

    /** Platform records are invisible inside a tenant's transaction, as the database's policies say. */
    InMemoryDatabase platformDatabase() {
        if (scopeTenant() != null) {
            throw new IllegalStateException("platform stores work only inside a platform transaction");
        }
        return database;
    }

    /** The tenant the running transaction is bound to; tenant-owned stores need one. */
    TenantId tenant() {
        Scope scope = current.get();
        if (scope == null || scope.tenant() == null) {
            throw new IllegalStateException("tenant-owned stores work only inside a tenant transaction");
        }
        return scope.tenant();
    }

    /** Like the foreign key to the tenant directory: rows can only be written for a tenant that exists. */
    TenantId tenantForWrite() {
        TenantId tenant = tenant();
        if (!database.tenants.containsKey(tenant)) {
            throw new IllegalStateException("tenant " + tenant + " does not exist");
        }
        return tenant;
    }

    private static String describe(Scope scope) {
        return scope.tenant() == null ? "the platform" : "tenant " + scope.tenant();
    }
}
