package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.Optional;

public final class InMemoryTenantSettingsStore implements TenantSettingsStore {
    private final InMemoryTransactions transactions;

    InMemoryTenantSettingsStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<TenantSettings> load() {
        var tenant = transactions.tenant();
        return Optional.ofNullable(transactions.database().settings.of(tenant).get(tenant));
    }

    @Override
    public void save(TenantSettings settings) {
        var tenant = transactions.tenantForWrite();
        transactions.database().settings.of(tenant).put(tenant, settings);
        transactions.database().raiseConfigurationVersion(tenant);
    }
}
