package io.aggregator.domain.chat;

import io.aggregator.domain.Require;
import io.aggregator.domain.Uuids;
import java.util.UUID;

/** Identifies one message within its tenant. */
public record MessageId(UUID value) {
    public MessageId {
        Require.present("message_id", value);
    }

    public static MessageId newId() {
        return new MessageId(Uuids.timeOrdered());
    }

    public static MessageId parse(String text) {
        return new MessageId(Uuids.parse("message_id", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
