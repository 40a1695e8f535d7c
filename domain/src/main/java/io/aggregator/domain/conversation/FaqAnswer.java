package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;

/**
 * The FAQ answer the matcher found for a customer's message: its best candidate, already above the
 * tenant's minimum score. The policy does not weigh the score again; it is kept to explain the reply.
 */
public record FaqAnswer(FaqId faqId, String text, double score) {
    public FaqAnswer {
        Require.present("faq_id", faqId);
        Require.text("faq_answer.text", text, Faq.MAX_ANSWER_LENGTH);
        if (!Double.isFinite(score) || score < 0) {
            throw ValidationException.of("faq_answer.score", "must be a finite number not below 0, got " + score);
        }
    }
}
