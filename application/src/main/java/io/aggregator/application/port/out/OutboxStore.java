package io.aggregator.application.port.out;

import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's outgoing work. */
public interface OutboxStore {

    void add(OutboxEntry entry);

    Optional<OutboxEntry> findById(UUID id);

    /** A chat's entries, oldest first. */
    List<OutboxEntry> listByChat(ChatId chatId);

    /** Failed entries, newest first: the ones a tenant admin may retry. */
    List<OutboxEntry> listFailed(int limit);

    /**
     * Records how a claimed entry went (its status, next attempt, error) and ends the claim; nothing
     * changes when {@code claimToken} no longer holds it (its lease ran out and another worker took it).
     *
     * @return whether it was recorded
     */
    boolean release(OutboxEntry settled, UUID claimToken);

    /**
     * Puts a failed entry back in the queue, due at {@code now}, with its attempts counted from zero.
     *
     * @return the entry as queued again, or empty when there is no failed entry with this id
     */
    Optional<OutboxEntry> retryFailed(UUID id, Instant now);
}
