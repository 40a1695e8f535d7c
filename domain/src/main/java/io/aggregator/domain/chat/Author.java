package io.aggregator.domain.chat;

import io.aggregator.domain.Coded;

/** Who wrote a message. */
public enum Author implements Coded {
    CUSTOMER,
    BOT,
    MANAGER,
    /** The product itself: handover notices, state changes. */
    SYSTEM;

    public static Author fromCode(String code) {
        return Coded.parse(Author.class, "author", code);
    }
}
