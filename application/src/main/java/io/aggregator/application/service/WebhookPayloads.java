package io.aggregator.application.service;

import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.faq.FaqCandidate;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON bodies the server posts to a tenant's n8n, field by field as {@code docs/n8n.md} documents
 * them. Maps keep the documented order, which makes the bodies easy to read in n8n's executions.
 */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    /** What the AI needs to answer one customer message. */
    record AiRequest(UUID requestId, TenantId tenant, TenantSettings settings, Chat chat, Message message,
                     List<Message> history, List<FaqCandidate> candidates, String callbackUrl, Instant respondBy) {
    }

    static Map<String, Object> aiRequest(AiRequest request) {
        Map<String, Object> tenant = ordered(
                "id", request.tenant().value(),
                "system_message", request.settings().systemMessage(),
                "language", request.settings().language().code(),
                "handover_mode", request.settings().handoverMode().code(),
                "thresholds", request.settings().thresholds().asMap());
        Map<String, Object> message = ordered(
                "id", request.message().id().toString(),
                "text", request.message().text(),
                "attachments", request.message().attachments().stream().map(WebhookPayloads::attachment).toList(),
                "sent_at", request.message().sentAt().toString());
        return ordered(
                "type", "ai_request",
                "request_id", request.requestId().toString(),
                "tenant", tenant,
                "chat", chat(request.chat()),
                "message", message,
                "history", request.history().stream().map(WebhookPayloads::historyEntry).toList(),
                "faq_candidates", request.candidates().stream().map(WebhookPayloads::candidate).toList(),
                "bot_replies_since_handover", request.chat().botRepliesSinceHandover(),
                "callback_url", request.callbackUrl(),
                "respond_by", request.respondBy().toString());
    }

    static Map<String, Object> delivery(UUID deliveryId, Chat chat, Message message) {
        return ordered(
                "type", "delivery",
                "delivery_id", deliveryId.toString(),
                "message_id", message.id().toString(),
                "chat_id", chat.id().toString(),
                "channel", chat.channel().code(),
                "channel_chat_id", chat.channelChatId(),
                "author", message.author().code(),
                "source", message.source() == null ? null : message.source().code(),
                "text", message.text(),
                "attachments", message.attachments().stream().map(WebhookPayloads::attachment).toList());
    }

    private static Map<String, Object> chat(Chat chat) {
        return ordered(
                "id", chat.id().toString(),
                "channel", chat.channel().code(),
                "channel_chat_id", chat.channelChatId(),
                "customer", ordered(
                        "display_name", chat.customer().displayName(),
                        "username", chat.customer().username(),
                        "phone", chat.customer().phone()));
    }

    private static Map<String, Object> historyEntry(Message message) {
        return ordered(
                "author", message.author().code(),
                "source", message.source() == null ? null : message.source().code(),
                "text", message.text(),
                "sent_at", message.sentAt().toString());
    }

    private static Map<String, Object> candidate(FaqCandidate candidate) {
        return ordered(
                "id", candidate.faq().id().toString(),
                "question", candidate.faq().question(),
                "answer", candidate.faq().answer(),
                "score", Math.round(candidate.score() * 1000) / 1000.0);
    }

    private static Map<String, Object> attachment(Attachment attachment) {
        return ordered(
                "type", attachment.type(),
                "name", attachment.name(),
                "reference", attachment.reference(),
                "size_bytes", attachment.sizeBytes());
    }

    /** A map in the order its keys are given, which may hold nulls (JSON null). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
