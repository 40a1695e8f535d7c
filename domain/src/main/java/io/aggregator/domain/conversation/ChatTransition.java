package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.ChatMode;

/** A change of who answers a chat: from which mode to which, why, and who caused it. */
public record ChatTransition(ChatMode from, ChatMode to, Reason reason, Actor causedBy) {
    public ChatTransition {
        Require.present("from", from);
        Require.present("to", to);
        Require.present("reason", reason);
        Require.present("caused_by", causedBy);
        if (from == to) {
            throw ValidationException.of("to", "must differ from the mode the chat is in, " + from.code());
        }
    }
}
