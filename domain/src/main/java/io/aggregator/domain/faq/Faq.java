package io.aggregator.domain.faq;

import io.aggregator.domain.Require;

/**
 * One entry of a tenant's knowledge base. Higher {@code priority} wins when two entries match
 * equally well; an inactive entry is kept but never answers.
 */
public record Faq(FaqId id, String question, String answer, Keywords keywords, int priority, boolean active) {
    public static final int MAX_QUESTION_LENGTH = 1_000;
    public static final int MAX_ANSWER_LENGTH = 10_000;
    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 1_000;
    /** The seed's column default. */
    public static final int DEFAULT_PRIORITY = 1;

    public Faq {
        Require.present("id", id);
        question = Require.text("question", question, MAX_QUESTION_LENGTH).strip();
        answer = Require.text("answer", answer, MAX_ANSWER_LENGTH).strip();
        Require.present("keywords", keywords);
        Require.inRange("priority", priority, MIN_PRIORITY, MAX_PRIORITY);
    }
}
