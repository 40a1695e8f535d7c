package io.aggregator.application.service;

import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.ReadTenantOverviewUseCase;
import io.aggregator.application.port.out.OverviewPage;
import io.aggregator.application.port.out.OverviewQuery;
import io.aggregator.application.port.out.TenantOverview;
import io.aggregator.application.port.out.TenantOverviewStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.tenant.TenantId;

/** Reads the overview: every tenant in a platform transaction, one tenant in its own. */
public final class TenantOverviewService implements ReadTenantOverviewUseCase {
    private final Transactions transactions;
    private final TenantOverviewStore overview;

    public TenantOverviewService(Transactions transactions, TenantOverviewStore overview) {
        this.transactions = transactions;
        this.overview = overview;
    }

    @Override
    public OverviewPage allTenants(OverviewQuery query) {
        return transactions.inPlatform(() -> overview.list(query));
    }

    @Override
    public TenantOverview tenant(TenantId tenant) {
        return transactions.inTenant(tenant, overview::ownRow)
                .orElseThrow(() -> new NotFoundException("no tenant " + tenant));
    }
}
