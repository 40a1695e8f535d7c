package io.aggregator.application.port.in;

import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;
import java.util.UUID;

/** A tenant admin sees the outgoing work that failed for good and sends it again. */
public interface ManageOutboxUseCase {
    int MAX_LIST = 200;

    /** Failed AI requests and deliveries, newest first. */
    List<OutboxEntry> failed(TenantId tenant, int limit);

    /**
     * Queues a failed entry again, due now, with a fresh count of attempts.
     *
     * @throws NotFoundException when the tenant has no failed entry with this id
     */
    OutboxEntry retry(TenantId tenant, UUID id);
}
