package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageOutboxUseCase;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The failed list and "retry now". A retried delivery's message is pending again; a retried AI request
 * is sent only if its question still waits (its turn may have timed out meanwhile, and is then
 * cancelled when claimed).
 */
public final class OutboxAdministrationService implements ManageOutboxUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final OutboxStore outbox;
    private final MessageStore messages;
    private final LiveEvents liveEvents;
    private final Clock clock;

    public OutboxAdministrationService(Transactions transactions, TenantStore tenants, OutboxStore outbox,
                                       MessageStore messages, LiveEvents liveEvents, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.outbox = outbox;
        this.messages = messages;
        this.liveEvents = liveEvents;
        this.clock = clock;
    }

    @Override
    public List<OutboxEntry> failed(TenantId tenant, int limit) {
        Require.inRange("limit", limit, 1, MAX_LIST);
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return outbox.listFailed(limit);
        });
    }

    @Override
    public OutboxEntry retry(TenantId tenant, UUID id) {
        Instant now = clock.instant();
        Optional<Message> pendingAgain = Optional.empty();
        OutboxEntry queued = transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return outbox.retryFailed(id, now)
                    .orElseThrow(() -> new NotFoundException("no failed outbox entry " + id));
        });
        if (queued.kind() == OutboxEntry.Kind.DELIVERY) {
            pendingAgain = transactions.inTenant(tenant, () -> messages.findById(queued.messageId()).map(message -> {
                messages.updateDelivery(message.id(), Delivery.pending(now));
                return message.withDelivery(Delivery.pending(now));
            }));
        }
        pendingAgain.ifPresent(message ->
                liveEvents.publish(tenant, new LiveEvent.DeliveryChanged(message.chatId(), message)));
        return queued;
    }
}
