package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.OverviewPage;
import io.aggregator.application.port.out.OverviewQuery;
import io.aggregator.application.port.out.TenantOverview;
import io.aggregator.application.port.out.TenantOverviewStore;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Counts the in-memory rows on every read: the database keeps counters, with the same results. */
public final class InMemoryTenantOverviewStore implements TenantOverviewStore {
    private static final Map<OverviewQuery.Sort, Comparator<TenantOverview>> ORDERS = Map.of(
            OverviewQuery.Sort.TENANT_ID, Comparator.comparing(row -> row.tenantId().value()),
            OverviewQuery.Sort.DISPLAY_NAME, Comparator.comparing(TenantOverview::displayName),
            OverviewQuery.Sort.CHATS, Comparator.comparingLong(TenantOverview::chats),
            OverviewQuery.Sort.MESSAGES, Comparator.comparingLong(TenantOverview::messages),
            OverviewQuery.Sort.FAQS, Comparator.comparingLong(TenantOverview::activeFaqs),
            OverviewQuery.Sort.USERS, Comparator.comparingLong(TenantOverview::users),
            OverviewQuery.Sort.LAST_UPDATED, Comparator.comparing(TenantOverview::lastUpdated));

    private final InMemoryTransactions transactions;

    InMemoryTenantOverviewStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<TenantOverview> ownRow() {
        InMemoryDatabase database = transactions.database();
        return Optional.ofNullable(database.tenants.get(transactions.tenant())).map(tenant -> row(database, tenant));
    }

    @Override
    public OverviewPage list(OverviewQuery query) {
        InMemoryDatabase database = transactions.platformDatabase();
        List<TenantOverview> all = database.tenants.values().stream().map(tenant -> row(database, tenant)).toList();
        Comparator<TenantOverview> order = ORDERS.get(query.sort())
                .thenComparing(row -> row.tenantId().value());
        List<TenantOverview> page = all.stream()
                .sorted(query.descending() ? order.reversed() : order)
                .skip(query.offset())
                .limit(query.limit())
                .toList();
        return new OverviewPage(page, all.size(), new OverviewPage.Totals(sum(all, TenantOverview::chats),
                sum(all, TenantOverview::messages), sum(all, TenantOverview::activeFaqs),
                sum(all, TenantOverview::users)));
    }

    private static long sum(List<TenantOverview> rows, Function<TenantOverview, Long> column) {
        return rows.stream().mapToLong(column::apply).sum();
    }

    private static TenantOverview row(InMemoryDatabase database, Tenant tenant) {
        TenantSettings settings = database.settings.of(tenant.id()).get(tenant.id());
        return new TenantOverview(tenant.id(), tenant.displayName(), tenant.status(),
                settings == null ? "" : settings.systemMessage(),
                settings == null ? HandoverMode.ASK : settings.handoverMode(),
                database.chats.of(tenant.id()).size(), database.messages.of(tenant.id()).size(),
                database.faqs.of(tenant.id()).values().stream().filter(faq -> faq.active()).count(),
                database.users.of(tenant.id()).size(), tenant.createdAt());
    }
}
