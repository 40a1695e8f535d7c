package io.aggregator.application.port.out;

import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.Optional;

/**
 * The manager inbox's view of the current tenant's chats: lists, counts and the unread counter, which
 * lives on the chat's row but not in {@link io.aggregator.domain.chat.Chat}, since no rule of the
 * conversation depends on it.
 */
public interface InboxStore {

    /**
     * The chats {@code query} selects that come after its cursor, at most its limit. Read by the
     * position (keyset), never by skipping rows, so a page costs the same at any depth and chats
     * added or moved meanwhile neither repeat nor hide others.
     */
    InboxPage page(InboxQuery query);

    Optional<InboxRow> find(ChatId id);

    /** One more customer message that no manager has read. @return false if the tenant has no such chat */
    boolean addUnread(ChatId id);

    /** A manager has read the chat: nothing is unread. @return false if the tenant has no such chat */
    boolean markRead(ChatId id);

    /** @param dayStart the start of the day whose stored messages count as today's (midnight UTC) */
    InboxStats stats(Instant dayStart);
}
