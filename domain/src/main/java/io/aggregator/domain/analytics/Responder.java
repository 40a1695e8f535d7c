package io.aggregator.domain.analytics;

import io.aggregator.domain.Coded;

/** Who answered a waiting customer: the bot (an FAQ, the AI, a fallback) or a manager. */
public enum Responder implements Coded {
    BOT, MANAGER;

    public static Responder fromCode(String code) {
        return Coded.parse(Responder.class, "responder", code);
    }
}
