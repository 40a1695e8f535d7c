package io.aggregator.adapter.http;

import io.aggregator.domain.chat.Chat;
import java.time.Instant;

/** A chat as the API shows it. */
record ChatJson(String id, String channel, String channelChatId, CustomerJson customer, String mode, boolean hidden,
                int unreadCount, Instant createdAt, Instant lastMessageAt, Instant lastCustomerMessageAt) {

    record CustomerJson(String displayName, String username, String phone) {
    }

    static ChatJson of(Chat chat, int unreadCount) {
        return new ChatJson(chat.id().toString(), chat.channel().code(), chat.channelChatId(),
                new CustomerJson(chat.customer().displayName(), chat.customer().username(), chat.customer().phone()),
                chat.mode().code(), chat.hidden(), unreadCount, chat.createdAt(), chat.lastMessageAt(),
                chat.lastCustomerMessageAt());
    }
}
