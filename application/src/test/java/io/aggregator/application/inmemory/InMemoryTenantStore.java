package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import java.util.Optional;

public final class InMemoryTenantStore implements TenantStore {
    private final InMemoryTransactions transactions;

    InMemoryTenantStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Tenant tenant) {
        if (transactions.database().tenants.putIfAbsent(tenant.id(), tenant) != null) {
            throw new ConflictException("tenant_id", "tenant " + tenant.id() + " already exists");
        }
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(transactions.database().tenants.get(id));
    }

    @Override
    public boolean update(Tenant tenant) {
        return transactions.database().tenants.replace(tenant.id(), tenant) != null;
    }

    @Override
    public boolean delete(TenantId id) {
        InMemoryDatabase database = transactions.database();
        boolean existed = database.tenants.containsKey(id);
        database.deleteTenant(id);
        return existed;
    }
}
