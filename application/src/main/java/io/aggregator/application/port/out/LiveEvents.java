package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.TenantId;
import java.util.List;

/**
 * Tells the tenant's connected managers what happened. Called after the transaction that made it
 * happen has committed, so nobody sees what was rolled back; reaches the users of that tenant only.
 */
public interface LiveEvents {

    void publish(TenantId tenant, LiveEvent event);

    /** What one transaction did, in order; an implementation may send the events together. */
    default void publishAll(TenantId tenant, List<LiveEvent> events) {
        events.forEach(event -> publish(tenant, event));
    }

    /** Whether any of the tenant's users is connected: numbers nobody sees need not be computed. */
    boolean hasListeners(TenantId tenant);
}
