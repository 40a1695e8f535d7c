package io.aggregator.domain.chat;

import io.aggregator.domain.Coded;

/** Where an outgoing message stands on its way to the customer's channel. */
public enum DeliveryStatus implements Coded {
    /** Waiting in the outbox, or being retried. */
    PENDING,
    /** The tenant's delivery webhook took it. */
    SENT,
    /** Retries ran out, or the webhook refused it; the reason says which. */
    FAILED,
    /** Recorded for managers only and never meant for the customer: an AI answer that came too late. */
    NOT_SENT;

    public static DeliveryStatus fromCode(String code) {
        return Coded.parse(DeliveryStatus.class, "delivery_status", code);
    }
}
