package io.aggregator.application.service;

import io.aggregator.application.port.out.InboxStats;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Tells a tenant's connected users what a committed transaction changed in their inbox, and the
 * inbox numbers that follow: computed only when someone of the tenant is there to see them.
 */
final class InboxAnnouncer {
    private final Transactions transactions;
    private final InboxStore inbox;
    private final LiveEvents liveEvents;
    private final Clock clock;

    InboxAnnouncer(Transactions transactions, InboxStore inbox, LiveEvents liveEvents, Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.liveEvents = liveEvents;
        this.clock = clock;
    }

    /** Must be called after the commit: managers must never see what was rolled back. */
    void announce(TenantId tenant, List<LiveEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        liveEvents.publishAll(tenant, events);
        if (liveEvents.hasListeners(tenant)) {
            liveEvents.publish(tenant, new LiveEvent.StatsChanged(stats(tenant)));
        }
    }

    InboxStats stats(TenantId tenant) {
        // "today" is the UTC day, the same for every manager wherever they sit
        return transactions.inTenant(tenant, () -> inbox.stats(clock.instant().truncatedTo(ChronoUnit.DAYS)));
    }
}
