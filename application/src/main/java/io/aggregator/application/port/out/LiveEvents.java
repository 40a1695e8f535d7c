package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.TenantId;

/**
 * Tells the tenant's connected managers what happened. Called after the transaction that made it
 * happen has committed, so nobody sees what was rolled back; reaches the users of that tenant only.
 */
public interface LiveEvents {

    void publish(TenantId tenant, LiveEvent event);

    /** Whether any of the tenant's users is connected: numbers nobody sees need not be computed. */
    boolean hasListeners(TenantId tenant);
}
