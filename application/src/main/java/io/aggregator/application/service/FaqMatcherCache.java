package io.aggregator.application.service;

import io.aggregator.application.port.out.FaqStore;
import io.aggregator.domain.faq.FaqMatcher;
import io.aggregator.domain.tenant.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's prepared FAQ index, kept in memory and rebuilt when the tenant's FAQ version moves,
 * whichever node changed them: checking costs one primary-key read per message.
 */
public final class FaqMatcherCache {
    private record Prepared(long version, FaqMatcher matcher) {
    }

    private final Map<TenantId, Prepared> prepared = new ConcurrentHashMap<>();

    /** Must run inside the tenant's transaction. */
    public FaqMatcher matcherFor(TenantId tenant, FaqStore faqs) {
        long version = faqs.version();
        Prepared cached = prepared.get(tenant);
        if (cached != null && cached.version() == version) {
            return cached.matcher();
        }
        FaqMatcher matcher = FaqMatcher.of(faqs.listActive());
        prepared.put(tenant, new Prepared(version, matcher));
        return matcher;
    }
}
