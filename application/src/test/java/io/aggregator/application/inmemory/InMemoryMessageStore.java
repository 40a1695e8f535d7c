package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryMessageStore implements MessageStore {
    private static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::createdAt)
            .thenComparing(message -> message.id().value(), UuidOrder.AS_POSTGRESQL)
            .reversed();

    private final InMemoryTransactions transactions;

    InMemoryMessageStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<MessageId, Message> rows() {
        return transactions.database().messages.of(transactions.tenant());
    }

    @Override
    public boolean addIfNew(Message message) {
        TenantId tenant = transactions.tenantForWrite();
        if (!transactions.database().chats.of(tenant).containsKey(message.chatId())) {
            throw new IllegalStateException("chat " + message.chatId() + " does not exist");
        }
        if (message.channelMessageId() != null
                && findByChannelMessageId(message.chatId(), message.channelMessageId()).isPresent()) {
            return false;
        }
        rows().put(message.id(), message);
        return true;
    }

    @Override
    public int addAllIfAbsent(List<Message> messages) {
        TenantId tenant = transactions.tenantForWrite();
        int added = 0;
        for (Message message : messages) {
            if (!transactions.database().chats.of(tenant).containsKey(message.chatId())) {
                throw new IllegalStateException("chat " + message.chatId() + " does not exist");
            }
            if (rows().putIfAbsent(message.id(), message) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public Optional<Message> findByChannelMessageId(ChatId chatId, String channelMessageId) {
        return rows().values().stream()
                .filter(m -> m.chatId().equals(chatId) && channelMessageId.equals(m.channelMessageId()))
                .findFirst();
    }

    @Override
    public List<Message> listBefore(ChatId chatId, MessageCursor before, int limit) {
        return rows().values().stream()
                .filter(m -> m.chatId().equals(chatId))
                .filter(m -> before == null || NEWEST_FIRST.compare(m, cursorProbe(m, before)) > 0)
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Message> listAfter(ChatId chatId, MessageCursor after, int limit) {
        return rows().values().stream()
                .filter(m -> m.chatId().equals(chatId))
                .filter(m -> NEWEST_FIRST.compare(m, cursorProbe(m, after)) < 0)
                .sorted(NEWEST_FIRST.reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public void updateDelivery(MessageId id, io.aggregator.domain.chat.Delivery delivery) {
        rows().computeIfPresent(id, (key, message) -> message.withDelivery(delivery));
    }

    /** A stand-in message at the cursor's position, so the cursor compares with the same order. */
    private static Message cursorProbe(Message like, MessageCursor cursor) {
        return new Message(cursor.id(), like.chatId(), like.author(), like.source(), like.authorUserId(),
                like.text(), like.attachments(), like.channelMessageId(), like.sentAt(), cursor.createdAt(),
                like.delivery());
    }
}
