package io.aggregator.application.service;

import io.aggregator.application.port.out.FaqStore;
import io.aggregator.domain.faq.FaqMatcher;
import io.aggregator.domain.tenant.TenantId;

/**
 * Each tenant's prepared FAQ index, kept in memory and rebuilt when the tenant's FAQ version moves,
 * whichever node changed them: checking costs one primary-key read per message.
 */
public final class FaqMatcherCache {
    private final KeptPerTenant<FaqMatcher> prepared = new KeptPerTenant<>();

    /** Must run inside the tenant's transaction. */
    public FaqMatcher matcherFor(TenantId tenant, FaqStore faqs) {
        return prepared.at(tenant, faqs.version(), () -> FaqMatcher.of(faqs.listActive()));
    }
}
