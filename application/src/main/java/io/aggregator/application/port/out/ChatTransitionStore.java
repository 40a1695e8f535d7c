package io.aggregator.application.port.out;

import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.conversation.ChatTransition;
import java.time.Instant;
import java.util.List;

/** The current tenant's record of every change of who answers a chat. */
public interface ChatTransitionStore {

    /** A transition of a chat, as stored, with when it happened. */
    record Recorded(ChatId chatId, ChatTransition transition, Instant happenedAt) {
    }

    void add(ChatId chatId, ChatTransition transition, Instant happenedAt);

    /** A chat's transitions, oldest first. */
    List<Recorded> listByChat(ChatId chatId);
}
