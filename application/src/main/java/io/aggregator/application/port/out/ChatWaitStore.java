package io.aggregator.application.port.out;

import io.aggregator.domain.analytics.ChatWait;
import io.aggregator.domain.chat.ChatId;
import java.util.Optional;

/** Who the current tenant's chats are waiting for. */
public interface ChatWaitStore {

    Optional<ChatWait> find(ChatId chat);

    void save(ChatId chat, ChatWait wait);
}
