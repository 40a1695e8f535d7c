package io.aggregator.domain.chat;

import io.aggregator.domain.Coded;

/** Who answers the customer now. */
public enum ChatMode implements Coded {
    /** The bot answers. */
    BOT,
    /** The bot has asked whether the customer wants a manager and waits for the answer. */
    AWAITING_CONFIRMATION,
    /** A manager answers; the bot is silent. */
    MANAGER;

    public static ChatMode fromCode(String code) {
        return Coded.parse(ChatMode.class, "mode", code);
    }
}
