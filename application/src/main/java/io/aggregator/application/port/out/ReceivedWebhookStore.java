package io.aggregator.application.port.out;

import java.time.Instant;

/**
 * Webhook ids the current tenant's callbacks already used, to refuse replays. An implementation may
 * forget ids older than twice the timestamp tolerance: such a replay is refused by its timestamp.
 */
public interface ReceivedWebhookStore {

    /** @return true the first time the id is seen, false for a repeat (which then changes nothing) */
    boolean remember(String webhookId, Instant receivedAt);
}
