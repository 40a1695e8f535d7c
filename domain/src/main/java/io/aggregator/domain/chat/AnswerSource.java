package io.aggregator.domain.chat;

import io.aggregator.domain.Coded;

/** Where a bot message's text came from. */
public enum AnswerSource implements Coded {
    /** A tenant FAQ matched the customer's question. */
    FAQ,
    /** The tenant's AI workflow wrote it. */
    AI,
    /** Neither could answer (AI failed or timed out): the tenant's fallback text. */
    FALLBACK;

    public static AnswerSource fromCode(String code) {
        return Coded.parse(AnswerSource.class, "source", code);
    }
}
