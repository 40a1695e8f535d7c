package io.aggregator.application.port.in;

import io.aggregator.application.port.out.ClaimedWork;
import java.util.List;

/**
 * The outbox workers' use case: claim due work, then send each claimed entry. A node runs these on
 * its worker threads; claiming and sending are separate so no database transaction is open while a
 * tenant's n8n takes its time.
 */
public interface SendOutboxUseCase {

    /** Claims at most {@code max} due entries for this node. */
    List<ClaimedWork> claim(int max);

    /** Sends one claimed entry and records how it went; never throws for anything the receiver did. */
    void send(ClaimedWork work);
}
