package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryChatStore implements ChatStore {
    private final InMemoryTransactions transactions;

    InMemoryChatStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<ChatId, Chat> rows() {
        return transactions.database().chats.of(transactions.tenant());
    }

    @Override
    public void add(Chat chat) {
        Map<ChatId, Chat> rows = transactions.database().chats.of(transactions.tenantForWrite());
        if (findByChannelChatId(chat.channel(), chat.channelChatId()).isPresent() || rows.containsKey(chat.id())) {
            throw new ConflictException("channel_chat_id", "a " + chat.channel() + " chat with id "
                    + chat.channelChatId() + " already exists");
        }
        rows.put(chat.id(), chat);
    }

    @Override
    public boolean update(Chat chat) {
        return rows().replace(chat.id(), chat) != null;
    }

    @Override
    public Optional<Chat> findById(ChatId id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public Optional<Chat> findByChannelChatId(Channel channel, String channelChatId) {
        return rows().values().stream()
                .filter(chat -> chat.channel().equals(channel) && chat.channelChatId().equals(channelChatId))
                .findFirst();
    }

    /** In memory, a transaction holds the whole database: a found chat is a locked one. */
    @Override
    public Optional<Chat> lockById(ChatId id) {
        return findById(id);
    }

    @Override
    public Optional<Chat> lockByChannelChatId(Channel channel, String channelChatId) {
        return findByChannelChatId(channel, channelChatId);
    }

    @Override
    public List<Chat> lockHandedOverSilentSince(Instant silentSince, int limit) {
        return rows().values().stream()
                .filter(chat -> chat.mode() == io.aggregator.domain.chat.ChatMode.MANAGER)
                .filter(chat -> chat.lastCustomerMessageAt() != null && chat.lastCustomerMessageAt().isBefore(silentSince))
                .sorted(java.util.Comparator.comparing(Chat::lastCustomerMessageAt))
                .limit(limit)
                .toList();
    }
}
