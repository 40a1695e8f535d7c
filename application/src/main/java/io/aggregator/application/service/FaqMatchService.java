package io.aggregator.application.service;

import io.aggregator.application.port.in.MatchFaqsUseCase;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.Require;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqMatcher;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;

/** Tries a question against the tenant's FAQs exactly as an incoming customer message would be. */
public final class FaqMatchService implements MatchFaqsUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final TenantSettingsStore settings;
    private final FaqStore faqs;
    private final FaqMatcherCache matchers;

    public FaqMatchService(Transactions transactions, TenantStore tenants, TenantSettingsStore settings, FaqStore faqs,
                           FaqMatcherCache matchers) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.settings = settings;
        this.faqs = faqs;
        this.matchers = matchers;
    }

    @Override
    public Matches match(TenantId tenant, String question, int limit) {
        String text = Require.text("question", question, Faq.MAX_QUESTION_LENGTH * 10);
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            double minScore = settings.load().orElse(TenantSettings.defaults()).thresholds().faqMinScore()
                    .orElse(FaqMatcher.DEFAULT_MIN_SCORE);
            return new Matches(minScore, matchers.matcherFor(tenant, faqs).rank(text, limit));
        });
    }
}
