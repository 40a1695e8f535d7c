package io.aggregator.application.port.out;

import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.ChatMode;

/**
 * Which chats of the inbox to list, one page at a time, newest activity first (see {@link InboxCursor}).
 *
 * @param mode       null for every mode
 * @param channel    null for every channel
 * @param hidden     true lists only hidden chats, false only the others: hidden chats are out of the
 *                   way, not gone
 * @param unreadOnly only chats with customer messages no manager has read
 * @param search     null for all chats, else text that the customer's name or username or one of the
 *                   chat's messages must contain, ignoring case; {@code %}, {@code _} and {@code \} in
 *                   it are plain characters
 * @param after      null for the first page, else the position of the last chat already seen
 */
public record InboxQuery(ChatMode mode, Channel channel, boolean hidden, boolean unreadOnly, String search,
                         InboxCursor after, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_SEARCH_LENGTH = 200;

    public InboxQuery {
        search = search == null || search.isBlank() ? null
                : Require.optionalText("q", search.strip(), MAX_SEARCH_LENGTH);
        Require.inRange("limit", limit, 1, MAX_LIMIT);
    }

    public static InboxQuery firstPage(int limit) {
        return new InboxQuery(null, null, false, false, null, null, limit);
    }

    public InboxQuery withMode(ChatMode newMode) {
        return new InboxQuery(newMode, channel, hidden, unreadOnly, search, after, limit);
    }

    public InboxQuery withChannel(Channel newChannel) {
        return new InboxQuery(mode, newChannel, hidden, unreadOnly, search, after, limit);
    }

    public InboxQuery withHidden(boolean newHidden) {
        return new InboxQuery(mode, channel, newHidden, unreadOnly, search, after, limit);
    }

    public InboxQuery withUnreadOnly(boolean newUnreadOnly) {
        return new InboxQuery(mode, channel, hidden, newUnreadOnly, search, after, limit);
    }

    public InboxQuery withSearch(String newSearch) {
        return new InboxQuery(mode, channel, hidden, unreadOnly, newSearch, after, limit);
    }

    /** The same query for the page that starts after {@code position}. */
    public InboxQuery pageAfter(InboxCursor position) {
        return new InboxQuery(mode, channel, hidden, unreadOnly, search, position, limit);
    }
}
