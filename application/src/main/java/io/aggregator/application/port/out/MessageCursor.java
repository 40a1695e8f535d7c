package io.aggregator.application.port.out;

import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import java.time.Instant;
import java.util.Objects;

/** A position in a chat's history: messages are ordered by the time they were stored, then by id. */
public record MessageCursor(Instant createdAt, MessageId id) {
    public MessageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static MessageCursor of(Message message) {
        return new MessageCursor(message.createdAt(), message.id());
    }
}
