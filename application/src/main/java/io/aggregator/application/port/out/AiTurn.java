package io.aggregator.application.port.out;

import io.aggregator.domain.Coded;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.MessageId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer message the tenant's AI was asked to answer. Its id is the AI request's outbox id: the
 * {@code request_id} and {@code webhook-id} n8n sees. {@code askedAt} is when the customer's message
 * arrived, which orders the turns of one chat; {@code details} is what the AI said besides its answer.
 */
public record AiTurn(UUID id, ChatId chatId, MessageId messageId, State state, Instant askedAt, Instant deadlineAt,
                     Instant finishedAt, Map<String, Object> details) {

    public enum State implements Coded {
        /** Asked, no answer yet. */
        WAITING,
        /** The answer was taken and the policy applied it. */
        ANSWERED,
        /** No answer by the deadline: the fallback was sent; a later answer is only recorded. */
        TIMED_OUT,
        /** The chat moved on first (a manager, or an answer to a newer message); nothing more is sent. */
        SUPERSEDED
    }

    public AiTurn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(deadlineAt, "deadlineAt");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AiTurn waiting(UUID id, ChatId chatId, MessageId messageId, Instant askedAt, Instant deadlineAt) {
        return new AiTurn(id, chatId, messageId, State.WAITING, askedAt, deadlineAt, null, Map.of());
    }

    public AiTurn finished(State newState, Instant at, Map<String, Object> newDetails) {
        return new AiTurn(id, chatId, messageId, newState, askedAt, deadlineAt, at, newDetails);
    }

    public boolean isWaiting() {
        return state == State.WAITING;
    }
}
