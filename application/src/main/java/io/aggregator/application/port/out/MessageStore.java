package io.aggregator.application.port.out;

import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import java.util.List;
import java.util.Optional;

/** The current tenant's messages. */
public interface MessageStore {

    /**
     * Stores the message unless its chat already holds a message with the same channel message id
     * (a repeated delivery), which holds even when two deliveries race.
     *
     * @return true if stored, false if it was a repeat and nothing changed
     */
    boolean addIfNew(Message message);

    /**
     * Stores those of the messages whose id the tenant does not have yet, together; the others are
     * left as they are. For copies whose ids are derived from their origin, so a second copy stores
     * nothing.
     *
     * @return how many were stored
     */
    int addAllIfAbsent(List<Message> messages);

    Optional<Message> findById(MessageId id);

    Optional<Message> findByChannelMessageId(ChatId chatId, String channelMessageId);

    /**
     * One page of a chat's history, newest first: the {@code limit} messages just before
     * {@code before}, or the latest ones when {@code before} is null.
     */
    List<Message> listBefore(ChatId chatId, MessageCursor before, int limit);

    /**
     * What a reader who has seen the history up to {@code after} has not: the {@code limit} messages
     * just after it, oldest first, so that a client catching up reads them in the order they came.
     */
    List<Message> listAfter(ChatId chatId, MessageCursor after, int limit);

    /** Records where an outgoing message stands on its way to the customer. */
    void updateDelivery(MessageId id, Delivery delivery);
}
