package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ChatWaitStore;
import io.aggregator.domain.analytics.ChatWait;
import io.aggregator.domain.chat.ChatId;
import java.util.Optional;

public final class InMemoryChatWaitStore implements ChatWaitStore {
    private final InMemoryTransactions transactions;

    InMemoryChatWaitStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ChatWait> find(ChatId chat) {
        return Optional.ofNullable(transactions.database().chatWaits.of(transactions.tenant()).get(chat));
    }

    @Override
    public void save(ChatId chat, ChatWait wait) {
        transactions.database().chatWaits.of(transactions.tenantForWrite()).put(chat, wait);
    }
}
