package io.aggregator.adapter.http;

import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import java.time.Instant;
import java.util.List;

/**
 * A message as the API shows it: who wrote it, for the bot where the answer came from, and for an
 * outgoing message its delivery.
 */
record MessageJson(String id, String chatId, String author, String source, String authorUserId, String text,
                   List<AttachmentJson> attachments, String channelMessageId, Instant sentAt, Instant createdAt,
                   DeliveryJson delivery) {

    /** Where an outgoing message stands: pending, sent, failed or not_sent, and why. */
    record DeliveryJson(String status, String error, Instant updatedAt) {
        static DeliveryJson of(Delivery delivery) {
            return delivery == null ? null
                    : new DeliveryJson(delivery.status().code(), delivery.error(), delivery.updatedAt());
        }
    }

    record AttachmentJson(String type, String name, String reference, Long sizeBytes) {
        static AttachmentJson of(Attachment attachment) {
            return new AttachmentJson(attachment.type(), attachment.name(), attachment.reference(),
                    attachment.sizeBytes());
        }
    }

    static MessageJson of(Message message) {
        return new MessageJson(message.id().toString(), message.chatId().toString(), message.author().code(),
                message.source() == null ? null : message.source().code(),
                message.authorUserId() == null ? null : message.authorUserId().toString(), message.text(),
                message.attachments().stream().map(AttachmentJson::of).toList(), message.channelMessageId(),
                message.sentAt(), message.createdAt(), DeliveryJson.of(message.delivery()));
    }
}
