package io.aggregator.application.port.in;

import io.aggregator.application.port.out.OverviewPage;
import io.aggregator.application.port.out.OverviewQuery;
import io.aggregator.application.port.out.TenantOverview;
import io.aggregator.domain.tenant.TenantId;

/** The numbers of every tenant for the platform admin, and of one tenant for itself. */
public interface ReadTenantOverviewUseCase {

    OverviewPage allTenants(OverviewQuery query);

    /** @throws NotFoundException if there is no such tenant */
    TenantOverview tenant(TenantId tenant);
}
