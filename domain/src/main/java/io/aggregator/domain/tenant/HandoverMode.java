package io.aggregator.domain.tenant;

import io.aggregator.domain.Coded;

/** How the bot hands a chat to a manager: after asking the customer, or at once. */
public enum HandoverMode implements Coded {
    ASK,
    IMMEDIATE;

    public static HandoverMode fromCode(String code) {
        return Coded.parse(HandoverMode.class, "handover_mode", code);
    }
}
