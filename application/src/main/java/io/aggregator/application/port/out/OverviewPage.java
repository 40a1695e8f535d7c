package io.aggregator.application.port.out;

import java.util.List;

/**
 * One page of the overview of all tenants, with how many tenants there are and the platform's totals
 * over all of them (not only this page).
 */
public record OverviewPage(List<TenantOverview> items, long total, Totals totals) {

    public record Totals(long chats, long messages, long activeFaqs, long users) {
    }

    public OverviewPage {
        items = List.copyOf(items);
    }
}
