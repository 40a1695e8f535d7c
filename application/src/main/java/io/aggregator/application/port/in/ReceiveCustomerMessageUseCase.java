package io.aggregator.application.port.in;

import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer's message arrives from a channel: store it once, let the bot take its turn. */
public interface ReceiveCustomerMessageUseCase {

    /** As the channel connector sends it; validated by the domain. */
    record IncomingMessage(String channel, String channelChatId, String channelMessageId, Customer customer,
                           String text, List<Attachment> attachments, Instant sentAt) {
    }

    /**
     * The stored message's id ({@code repeated} when this channel message was received before: then
     * nothing else happened), the chat and its mode afterwards, and what the bot sent, if anything.
     */
    record Receipt(MessageId messageId, ChatId chatId, boolean repeated, ChatMode mode, Optional<Message> botReply) {
    }

    Receipt receive(TenantId tenant, IncomingMessage message);
}
