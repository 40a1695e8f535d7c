package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    @Override
    public Optional<OutboxEntry> findById(UUID id) {
        return Optional.ofNullable(transactions.database().outbox.of(transactions.tenant()).get(id));
    }

    @Override
    public List<OutboxEntry> listFailed(int limit) {
        return transactions.database().outbox.of(transactions.tenant()).values().stream()
                .filter(entry -> entry.status() == OutboxEntry.Status.FAILED)
                .sorted(Comparator.comparing(OutboxEntry::createdAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public boolean release(OutboxEntry settled, UUID claimToken) {
        var tenant = transactions.tenant();
        var database = transactions.database();
        if (!InMemoryWorkQueues.holds(database, tenant, settled.id(), claimToken)) {
            return false;
        }
        database.outboxClaims.of(tenant).remove(settled.id());
        database.outbox.of(tenant).put(settled.id(), settled);
        return true;
    }

    @Override
    public Optional<OutboxEntry> retryFailed(UUID id, Instant now) {
        var tenant = transactions.tenant();
        return findById(id).filter(entry -> entry.status() == OutboxEntry.Status.FAILED).map(entry -> {
            OutboxEntry queued = new OutboxEntry(entry.id(), entry.kind(), entry.chatId(), entry.messageId(),
                    OutboxEntry.Status.PENDING, 0, now, entry.lastError(), entry.createdAt(), null);
            transactions.database().outbox.of(tenant).put(id, queued);
            transactions.database().outboxClaims.of(tenant).remove(id);
            return queued;
        });
    }
}
