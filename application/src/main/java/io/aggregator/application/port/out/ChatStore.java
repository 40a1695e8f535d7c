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
     * Chats a manager handles whose customer has been silent since before {@code silentSince}, at most
     * {@code limit}, locked for this transaction; chats another transaction holds are skipped, so
     * several server nodes share the work without doing any of it twice.
     */
    List<Chat> lockHandedOverSilentSince(Instant silentSince, int limit);
}
