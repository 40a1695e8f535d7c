package io.aggregator.domain.chat;

import io.aggregator.domain.Require;
import io.aggregator.domain.Uuids;
import java.util.UUID;

/** Identifies one chat within its tenant. */
public record ChatId(UUID value) {
    public ChatId {
        Require.present("chat_id", value);
    }

    public static ChatId newId() {
        return new ChatId(Uuids.timeOrdered());
    }

    public static ChatId parse(String text) {
        return new ChatId(Uuids.parse("chat_id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
