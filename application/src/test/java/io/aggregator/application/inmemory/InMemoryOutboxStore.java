package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.domain.chat.ChatId;
import java.util.Comparator;
import java.util.List;

public final class InMemoryOutboxStore implements OutboxStore {
    private final InMemoryTransactions transactions;

    InMemoryOutboxStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(OutboxEntry entry) {
        var tenant = transactions.tenantForWrite();
        if (!transactions.database().chats.of(tenant).containsKey(entry.chatId())) {
            throw new IllegalStateException("chat " + entry.chatId() + " does not exist");
        }
        transactions.database().outbox.of(tenant).put(entry.id(), entry);
    }

    @Override
    public List<OutboxEntry> listByChat(ChatId chatId) {
        return transactions.database().outbox.of(transactions.tenant()).values().stream()
                .filter(entry -> entry.chatId().equals(chatId))
                .sorted(Comparator.comparing(OutboxEntry::createdAt)
                        .thenComparing(OutboxEntry::id, UuidOrder.AS_POSTGRESQL))
                .toList();
    }
}
