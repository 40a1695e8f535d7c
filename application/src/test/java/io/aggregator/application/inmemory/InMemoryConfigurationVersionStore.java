package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ConfigurationVersionStore;

/** Raised by the in-memory settings stores as the database's triggers raise it. */
public final class InMemoryConfigurationVersionStore implements ConfigurationVersionStore {
    private final InMemoryTransactions transactions;

    InMemoryConfigurationVersionStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long version() {
        var tenant = transactions.tenant();
        return transactions.database().configurationVersions.of(tenant).getOrDefault(tenant, 0L);
    }
}
