package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.BotSettingStore;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryBotSettingStore implements BotSettingStore {
    private final InMemoryTransactions transactions;

    InMemoryBotSettingStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<String, String> rows() {
        return transactions.database().botSettings.of(transactions.tenant());
    }

    @Override
    public Map<String, String> listAll() {
        return new TreeMap<>(rows());
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(rows().get(key));
    }

    @Override
    public void put(String key, String value) {
        var tenant = transactions.tenantForWrite();
        transactions.database().botSettings.of(tenant).put(key, value);
        transactions.database().raiseConfigurationVersion(tenant);
    }

    @Override
    public boolean delete(String key) {
        boolean deleted = rows().remove(key) != null;
        if (deleted) {
            transactions.database().raiseConfigurationVersion(transactions.tenant());
        }
        return deleted;
    }
}
