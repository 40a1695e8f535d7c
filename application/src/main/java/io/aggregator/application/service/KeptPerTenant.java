package io.aggregator.application.service;

import io.aggregator.domain.tenant.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Something built from a tenant's rows, kept in memory under the version of those rows that the
 * database's triggers raise: built again only when the version has moved, whichever node moved it.
 */
final class KeptPerTenant<T> {
    private record Kept<T>(long version, T value) {
    }

    private final Map<TenantId, Kept<T>> kept = new ConcurrentHashMap<>();

    /**
     * The tenant's value at {@code version}, built by {@code build} if what is kept is older. Read the
     * version before the rows {@code build} reads, so that what is kept is never older than the
     * version it is kept under: a change committed in between only makes the next call build again.
     */
    T at(TenantId tenant, long version, Supplier<T> build) {
        Kept<T> current = kept.get(tenant);
        if (current != null && current.version() == version) {
            return current.value();
        }
        T value = build.get();
        kept.put(tenant, new Kept<>(version, value));
        return value;
    }
}
