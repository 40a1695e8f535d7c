package io.aggregator.application.port.out;

import io.aggregator.domain.chat.ChatId;
import java.util.List;

/** The current tenant's outgoing work. */
public interface OutboxStore {

    void add(OutboxEntry entry);

    /** A chat's entries, oldest first. */
    List<OutboxEntry> listByChat(ChatId chatId);
}
