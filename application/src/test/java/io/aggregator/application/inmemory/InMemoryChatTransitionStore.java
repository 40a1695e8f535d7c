package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ChatTransitionStore;
import io.aggregator.domain.Uuids;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.conversation.ChatTransition;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

public final class InMemoryChatTransitionStore implements ChatTransitionStore {
    private final InMemoryTransactions transactions;

    InMemoryChatTransitionStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(ChatId chatId, ChatTransition transition, Instant happenedAt) {
        var tenant = transactions.tenantForWrite();
        if (!transactions.database().chats.of(tenant).containsKey(chatId)) {
            throw new IllegalStateException("chat " + chatId + " does not exist");
        }
        transactions.database().transitions.of(tenant).put(Uuids.timeOrdered(),
                new Recorded(chatId, transition, happenedAt));
    }

    @Override
    public List<Recorded> listByChat(ChatId chatId) {
        return transactions.database().transitions.of(transactions.tenant()).entrySet().stream()
                .filter(entry -> entry.getValue().chatId().equals(chatId))
                .sorted(Comparator.comparing((java.util.Map.Entry<java.util.UUID, Recorded> e) -> e.getValue().happenedAt())
                        .thenComparing(java.util.Map.Entry::getKey, UuidOrder.AS_POSTGRESQL))
                .map(java.util.Map.Entry::getValue)
                .toList();
    }
}
