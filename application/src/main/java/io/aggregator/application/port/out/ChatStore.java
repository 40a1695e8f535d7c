package io.aggregator.application.port.out;

import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's chats, each unique by channel and the channel's chat id. */
public interface ChatStore {

    /** @throws ConflictException if the tenant already has a chat for that channel chat id */
    void add(Chat chat);

    /** @return false if the tenant has no chat with that id */
    boolean update(Chat chat);

    Optional<Chat> findById(ChatId id);

    Optional<Chat> findByChannelChatId(Channel channel, String channelChatId);

    /**
     * The chat, locked until this transaction ends: another transaction that locks it waits, and then
     * reads what this one wrote. Every change to a chat starts here, before it writes anything else,
     * so that changes to one chat never overwrite each other, and transactions always take their locks
     * in one order (the chat first, then counters, turns and the rest), so they never deadlock.
     */
    Optional<Chat> lockById(ChatId id);

    /** {@link #lockById}, by the channel's chat id. */
    Optional<Chat> lockByChannelChatId(Channel channel, String channelChatId);

    /**
     * Chats a manager handles whose customer has been silent since before {@code silentSince}, at most
     * {@code limit}, locked for this transaction; chats another transaction holds are skipped, so
     * several server nodes share the work without doing any of it twice.
     */
    List<Chat> lockHandedOverSilentSince(Instant silentSince, int limit);
}
