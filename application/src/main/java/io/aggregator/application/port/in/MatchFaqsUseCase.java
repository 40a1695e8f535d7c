package io.aggregator.application.port.in;

import io.aggregator.domain.faq.FaqCandidate;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;

/** Which of a tenant's FAQs would answer a question, and how well: the "try a question" box. */
public interface MatchFaqsUseCase {

    /** The answering threshold in force and the best candidates, best first. */
    record Matches(double minScore, List<FaqCandidate> candidates) {
    }

    Matches match(TenantId tenant, String question, int limit);
}
