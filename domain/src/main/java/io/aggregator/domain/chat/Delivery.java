package io.aggregator.domain.chat;

import io.aggregator.domain.Require;
import java.time.Instant;

/** An outgoing message's delivery: its status, why it failed or was not sent, and since when. */
public record Delivery(DeliveryStatus status, String error, Instant updatedAt) {
    /** Reasons come from other systems' answers; they are cut to a length a screen can show. */
    public static final int MAX_ERROR_LENGTH = 500;

    public Delivery {
        Require.present("delivery_status", status);
        Require.present("delivery_updated_at", updatedAt);
        if (error != null && error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        }
    }

    public static Delivery pending(Instant now) {
        return new Delivery(DeliveryStatus.PENDING, null, now);
    }

    public static Delivery sent(Instant now) {
        return new Delivery(DeliveryStatus.SENT, null, now);
    }

    /** Still pending, after an attempt that failed for {@code reason} and will be retried. */
    public static Delivery retrying(String reason, Instant now) {
        return new Delivery(DeliveryStatus.PENDING, reason, now);
    }

    public static Delivery failed(String reason, Instant now) {
        return new Delivery(DeliveryStatus.FAILED, Require.present("reason", reason), now);
    }

    public static Delivery notSent(String reason, Instant now) {
        return new Delivery(DeliveryStatus.NOT_SENT, Require.present("reason", reason), now);
    }
}
