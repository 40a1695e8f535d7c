package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The queues every server node takes work from, across tenants; used in platform transactions only.
 * Claims skip rows another node has locked, so nodes share the work and never take the same row.
 */
public interface WorkQueues {

    /**
     * What to claim: at most {@code limit} due entries, and no more for one tenant than would make
     * {@code perTenant} of its entries in flight. Each claimed entry is leased: if its result is not
     * recorded before the lease ends, any worker may claim it again.
     */
    record Claim(UUID token, int limit, int perTenant, Duration deliveryLease, Duration aiRequestLease,
                 Instant now) {
    }

    /** A turn of a tenant whose deadline has passed. */
    record DueTurn(TenantId tenant, UUID turnId) {
    }

    /** Claims due pending entries, oldest due first; each comes back with its attempts already counted. */
    List<ClaimedWork> claimOutbox(Claim claim);

    /** Waiting AI turns whose deadline is at or before {@code now}, earliest first. */
    List<DueTurn> dueAiTurns(Instant now, int limit);

    /**
     * Deletes at most {@code limit} finished outbox entries (sent, cancelled, failed) created before
     * {@code before}, and at most {@code limit} finished AI turns asked before it, oldest first.
     *
     * @return how many rows were deleted
     */
    int purgeFinished(Instant before, int limit);
}
