package io.aggregator.application.port.out;

import io.aggregator.domain.Coded;
import io.aggregator.domain.Uuids;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.MessageId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of outgoing work, written in the transaction that decided it and sent later: an AI request
 * for a customer's message, or the delivery of a bot's or manager's message to the customer's channel.
 * Its id is the webhook id the receiver sees, the same on every retry.
 */
public record OutboxEntry(UUID id, Kind kind, ChatId chatId, MessageId messageId, Status status, int attempts,
                          Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    public enum Kind implements Coded { AI_REQUEST, DELIVERY }

    public enum Status implements Coded {
        PENDING, SENT, FAILED,
        /** Not worth sending any more: the AI request's chat moved on, or the question timed out. */
        CANCELLED
    }

    /** Reasons are kept to what a list of failures can show. */
    public static final int MAX_ERROR_LENGTH = 500;

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        }
    }

    /** New work, due at once. */
    public static OutboxEntry pending(Kind kind, ChatId chatId, MessageId messageId, Instant now) {
        return new OutboxEntry(Uuids.timeOrdered(), kind, chatId, messageId, Status.PENDING, 0, now, null, now, null);
    }

    public OutboxEntry sent(Instant at) {
        return new OutboxEntry(id, kind, chatId, messageId, Status.SENT, attempts, nextAttemptAt, null, createdAt, at);
    }

    public OutboxEntry retryAt(Instant next, String error) {
        return new OutboxEntry(id, kind, chatId, messageId, Status.PENDING, attempts, next, error, createdAt, null);
    }

    public OutboxEntry failed(String error) {
        return new OutboxEntry(id, kind, chatId, messageId, Status.FAILED, attempts, nextAttemptAt, error, createdAt,
                null);
    }

    public OutboxEntry cancelled(String reason) {
        return new OutboxEntry(id, kind, chatId, messageId, Status.CANCELLED, attempts, nextAttemptAt, reason,
                createdAt, null);
    }
}
