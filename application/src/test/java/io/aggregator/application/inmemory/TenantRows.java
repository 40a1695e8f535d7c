package io.aggregator.application.inmemory;

import io.aggregator.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One tenant-owned table: rows by key, kept apart per tenant like PostgreSQL's row-level security does. */
final class TenantRows<K, V> {
    private final Map<TenantId, Map<K, V>> byTenant = new HashMap<>();

    Map<K, V> of(TenantId tenant) {
        return byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
    }

    /** Every tenant's rows, for the platform's queues, which see across tenants. */
    Map<TenantId, Map<K, V>> all() {
        return byTenant;
    }

    void removeTenant(TenantId tenant) {
        byTenant.remove(tenant);
    }

    /** Rows are immutable records, so copying the maps is a full snapshot. */
    TenantRows<K, V> copy() {
        TenantRows<K, V> copy = new TenantRows<>();
        byTenant.forEach((tenant, rows) -> copy.byTenant.put(tenant, new LinkedHashMap<>(rows)));
        return copy;
    }

    void restore(TenantRows<K, V> snapshot) {
        byTenant.clear();
        byTenant.putAll(snapshot.byTenant);
    }
}
