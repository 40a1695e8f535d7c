package io.aggregator.domain.chat;

import io.aggregator.domain.Require;
import java.time.Instant;

/**
 * One conversation with one customer on one channel, known by the channel's own chat id.
 * {@code lastMessageAt} orders the inbox; {@code lastCustomerMessageAt} drives the inactivity rules.
 * {@code botRepliesSinceHandover} counts the bot's answers since the chat last left the bot's hands
 * (a handover, a declined offer of a manager, a manager giving it back), which the tenant's
 * {@code max_responses} limits.
 */
public record Chat(ChatId id, Channel channel, String channelChatId, Customer customer, ChatMode mode,
                   int botRepliesSinceHandover, boolean hidden, Instant createdAt, Instant lastMessageAt,
                   Instant lastCustomerMessageAt) {
    public static final int MAX_CHANNEL_CHAT_ID_LENGTH = 128;

    public Chat {
        Require.present("id", id);
        Require.present("channel", channel);
        Require.text("channel_chat_id", channelChatId, MAX_CHANNEL_CHAT_ID_LENGTH);
        Require.present("customer", customer);
        Require.present("mode", mode);
        Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        Require.present("created_at", createdAt);
        Require.present("last_message_at", lastMessageAt);
    }

    /** A chat seen for the first time: the bot answers it. */
    public static Chat start(Channel channel, String channelChatId, Customer customer, Instant now) {
        return new Chat(ChatId.newId(), channel, channelChatId, customer, ChatMode.BOT, 0, false, now, now,
                null);
    }

    public Chat withMode(ChatMode newMode) {
        return new Chat(id, channel, channelChatId, customer, newMode, botRepliesSinceHandover, hidden, createdAt,
                lastMessageAt, lastCustomerMessageAt);
    }

    public Chat withBotRepliesSinceHandover(int newBotRepliesSinceHandover) {
        return new Chat(id, channel, channelChatId, customer, mode, newBotRepliesSinceHandover, hidden, createdAt,
                lastMessageAt, lastCustomerMessageAt);
    }

    public Chat withHidden(boolean newHidden) {
        return new Chat(id, channel, channelChatId, customer, mode, botRepliesSinceHandover, newHidden, createdAt,
                lastMessageAt, lastCustomerMessageAt);
    }

    /** The customer wrote at {@code at}: the chat is active again, and a hidden chat comes back. */
    public Chat customerWrote(Instant at) {
        return new Chat(id, channel, channelChatId, customer, mode, botRepliesSinceHandover, false, createdAt, at, at);
    }

    /** The bot or a manager wrote at {@code at}. */
    public Chat answeredAt(Instant at) {
        return new Chat(id, channel, channelChatId, customer, mode, botRepliesSinceHandover, hidden, createdAt, at,
                lastCustomerMessageAt);
    }
}
