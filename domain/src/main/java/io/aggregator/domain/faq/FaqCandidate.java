package io.aggregator.domain.faq;

import io.aggregator.domain.Require;

/** An FAQ that may answer a customer's message, with how well it matches: 0 not at all, 1 fully. */
public record FaqCandidate(Faq faq, double score) {
    public FaqCandidate {
        Require.present("faq", faq);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a score lies between 0 and 1, got " + score);
        }
    }
}
