package io.aggregator.application.port.out;

import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;

/** Something managers' screens show as it happens. */
public sealed interface LiveEvent {

    /** A message was stored in a chat: the customer's, the bot's or a manager's. */
    record MessageAdded(ChatId chatId, Message message) implements LiveEvent {
    }

    /** An outgoing message's delivery status changed: sent, retrying, failed. */
    record DeliveryChanged(ChatId chatId, Message message) implements LiveEvent {
    }

    /** A chat's mode, visibility, unread count or latest activity changed. */
    record ChatChanged(Chat chat, int unreadCount) implements LiveEvent {
    }

    /** The tenant's inbox numbers after a change. */
    record StatsChanged(InboxStats stats) implements LiveEvent {
    }
}
