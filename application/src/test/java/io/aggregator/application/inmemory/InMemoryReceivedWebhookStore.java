package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ReceivedWebhookStore;
import java.time.Instant;

public final class InMemoryReceivedWebhookStore implements ReceivedWebhookStore {
    private final InMemoryTransactions transactions;

    InMemoryReceivedWebhookStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean remember(String webhookId, Instant receivedAt) {
        var tenant = transactions.tenantForWrite();
        return transactions.database().receivedWebhooks.of(tenant).putIfAbsent(webhookId, receivedAt) == null;
    }
}
