package io.aggregator.adapter.http;

import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.Message;
import java.time.Instant;
import java.util.List;

/** A message as the API shows it: who wrote it and, for the bot, where the answer came from. */
record MessageJson(String id, String chatId, String author, String source, String authorUserId, String text,
                   List<AttachmentJson> attachments, String channelMessageId, Instant sentAt, Instant createdAt) {

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
                message.sentAt(), message.createdAt());
    }
}
