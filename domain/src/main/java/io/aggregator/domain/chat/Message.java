package io.aggregator.domain.chat;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * One message in a chat. A bot message always says where its answer came from and no other message
 * does; a manager's message may name the user who wrote it. {@code channelMessageId} is the channel's
 * own id, which makes a repeated delivery of the same customer message recognisable. Every outgoing
 * message (the bot's, a manager's, a system notice) has a {@link Delivery}; a customer's has none.
 */
public record Message(MessageId id, ChatId chatId, Author author, AnswerSource source, UserId authorUserId,
                      String text, List<Attachment> attachments, String channelMessageId, Instant sentAt,
                      Instant createdAt, Delivery delivery) {
    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_ATTACHMENTS = 20;
    public static final int MAX_CHANNEL_MESSAGE_ID_LENGTH = 128;

    public Message {
        Require.present("id", id);
        Require.present("chat_id", chatId);
        Require.present("author", author);
        if ((author == Author.BOT) != (source != null)) {
            throw ValidationException.of("source", author == Author.BOT
                    ? "is required for a bot message"
                    : "is only given for bot messages, not for a " + author.code() + " message");
        }
        if (authorUserId != null && author != Author.MANAGER) {
            throw ValidationException.of("author_user_id", "is only given for manager messages");
        }
        text = text == null ? "" : text;
        Require.optionalText("text", text, MAX_TEXT_LENGTH);
        attachments = List.copyOf(Require.present("attachments", attachments));
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw ValidationException.of("attachments", "may hold at most " + MAX_ATTACHMENTS + " files, got "
                    + attachments.size());
        }
        if (text.isBlank() && attachments.isEmpty()) {
            throw ValidationException.of("text", "must not be blank when the message has no attachment");
        }
        Require.optionalText("channel_message_id", channelMessageId, MAX_CHANNEL_MESSAGE_ID_LENGTH);
        Require.present("sent_at", sentAt);
        Require.present("created_at", createdAt);
        if ((author == Author.CUSTOMER) != (delivery == null)) {
            throw ValidationException.of("delivery", author == Author.CUSTOMER
                    ? "is only kept for outgoing messages, not for a customer's"
                    : "is required for a " + author.code() + " message");
        }
    }

    /** A customer's message, which has no delivery. */
    public static Message fromCustomer(MessageId id, ChatId chatId, String text, List<Attachment> attachments,
                                       String channelMessageId, Instant sentAt, Instant createdAt) {
        return new Message(id, chatId, Author.CUSTOMER, null, null, text, attachments, channelMessageId, sentAt,
                createdAt, null);
    }

    /** An outgoing message written now, pending delivery. */
    public static Message outgoing(ChatId chatId, Author author, AnswerSource source, UserId authorUserId,
                                   String text, Instant now) {
        return new Message(MessageId.newId(), chatId, author, source, authorUserId, text, List.of(), null, now, now,
                Delivery.pending(now));
    }

    public Message withDelivery(Delivery changed) {
        return new Message(id, chatId, author, source, authorUserId, text, attachments, channelMessageId, sentAt,
                createdAt, changed);
    }
}
