package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.IntegrationKeyStore;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIntegrationKeyStore implements IntegrationKeyStore {
    private final InMemoryTransactions transactions;

    InMemoryIntegrationKeyStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<IntegrationKeyId, IntegrationKey> rows() {
        return transactions.database().integrationKeys.of(transactions.tenant());
    }

    @Override
    public void add(IntegrationKey key) {
        transactions.database().integrationKeys.of(transactions.tenantForWrite()).put(key.id(), key);
    }

    @Override
    public Optional<IntegrationKey> findById(IntegrationKeyId id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public Optional<IntegrationKey> findByHash(String keyHash) {
        return rows().values().stream().filter(key -> key.keyHash().equals(keyHash)).findFirst();
    }

    @Override
    public List<IntegrationKey> listAll() {
        return rows().values().stream()
                .sorted(Comparator.comparing((IntegrationKey key) -> key.id().value(), UuidOrder.AS_POSTGRESQL).reversed())
                .toList();
    }

    @Override
    public boolean update(IntegrationKey key) {
        return rows().replace(key.id(), key) != null;
    }
}
