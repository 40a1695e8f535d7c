package io.aggregator.application.port.out;

import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's AI turns. */
public interface AiTurnStore {

    void add(AiTurn turn);

    /** The turn, locked until the transaction ends, so an answer and a timeout never both apply. */
    Optional<AiTurn> lock(UUID id);

    /** The turn if it still waits and no other transaction holds it; empty otherwise (skip locked). */
    Optional<AiTurn> lockIfWaiting(UUID id);

    Optional<AiTurn> find(UUID id);

    void update(AiTurn turn);

    /**
     * Ends the chat's waiting turns asked before {@code askedBefore} (all of them when null) as
     * superseded: the chat has moved past them.
     *
     * @return how many
     */
    int supersedeWaiting(ChatId chatId, Instant askedBefore, Instant now);
}
