package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.StoredIntegration;
import java.util.Optional;

public final class InMemoryIntegrationSettingsStore implements IntegrationSettingsStore {
    private final InMemoryTransactions transactions;

    InMemoryIntegrationSettingsStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<StoredIntegration> load() {
        var tenant = transactions.tenant();
        return Optional.ofNullable(transactions.database().integration.of(tenant).get(tenant));
    }

    @Override
    public void save(StoredIntegration integration) {
        var tenant = transactions.tenantForWrite();
        transactions.database().integration.of(tenant).put(tenant, integration);
        transactions.database().raiseConfigurationVersion(tenant);
    }
}
