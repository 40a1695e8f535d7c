package io.aggregator.application.port.out;

import java.util.Optional;

/** The tenants' numbers, kept current by the database with every write. */
public interface TenantOverviewStore {

    /** The current tenant's row; must run in the tenant's transaction. */
    Optional<TenantOverview> ownRow();

    /** A page of every tenant's rows with the platform's totals; must run in a platform transaction. */
    OverviewPage list(OverviewQuery query);
}
