package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.TenantPage;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Like the directory's policy: platform work sees every tenant, a tenant's transaction only its own. */
public final class InMemoryTenantStore implements TenantStore {
    private final InMemoryTransactions transactions;

    InMemoryTenantStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private boolean visible(TenantId id) {
        TenantId scope = transactions.scopeTenant();
        return scope == null || scope.equals(id);
    }

    @Override
    public void add(Tenant tenant) {
        if (!visible(tenant.id())) {
            throw new IllegalStateException("a tenant's transaction cannot add another tenant");
        }
        if (transactions.database().tenants.putIfAbsent(tenant.id(), tenant) != null) {
            throw new ConflictException("tenant_id", "tenant " + tenant.id() + " already exists");
        }
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return visible(id) ? Optional.ofNullable(transactions.database().tenants.get(id)) : Optional.empty();
    }

    @Override
    public boolean update(Tenant tenant) {
        return visible(tenant.id()) && transactions.database().tenants.replace(tenant.id(), tenant) != null;
    }

    @Override
    public TenantPage list(TenantStatus status, TenantId after, int limit) {
        List<Tenant> matching = transactions.database().tenants.values().stream()
                .filter(tenant -> visible(tenant.id()))
                .filter(tenant -> status == null || tenant.status() == status)
                .filter(tenant -> after == null || tenant.id().value().compareTo(after.value()) > 0)
                .sorted(Comparator.comparing(tenant -> tenant.id().value()))
                .limit(limit + 1L)
                .toList();
        return new TenantPage(matching.subList(0, Math.min(limit, matching.size())), matching.size() > limit);
    }

    @Override
    public boolean delete(TenantId id) {
        InMemoryDatabase database = transactions.database();
        if (!visible(id) || !database.tenants.containsKey(id)) {
            return false;
        }
        database.deleteTenant(id);
        return true;
    }
}
