package io.aggregator.application.service;

import io.aggregator.application.port.out.LegacyDatabase.LegacyChat;
import io.aggregator.application.port.out.LegacyDatabase.LegacyMessage;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the single-tenant system's chats and messages read in this one's terms. */
final class LegacyChatMapping {
    static final Channel DEFAULT_CHANNEL = Channel.of("telegram");
    /** The Telegram chat id in a display id such as {@code Anna [123456789]}. */
    private static final Pattern BRACKETED_NUMBER = Pattern.compile("\\[\\s*(-?\\d+)\\s*]");

    private LegacyChatMapping() {
    }

    /** The chat keeps its old {@code uuid} as its id; one that is no UUID gets a name-based one. */
    static ChatId chatId(TenantId tenant, LegacyChat chat) {
        if (chat.uuid() != null) {
            try {
                return new ChatId(UUID.fromString(chat.uuid().strip()));
            } catch (IllegalArgumentException notAUuid) {
                return new ChatId(LegacyIds.of("chat", tenant, chat.uuid()));
            }
        }
        return new ChatId(LegacyIds.of("chat", tenant, "#" + chat.id()));
    }

    /**
     * A manager handles a chat whose bot was off ({@code ai} false) or that waited for a manager; a
     * chat whose bot had asked whether the customer wants a manager awaits the answer; others the bot
     * answers. A bot that is off cannot be awaiting an answer, so the manager comes first.
     */
    static ChatMode mode(LegacyChat chat) {
        if (Boolean.FALSE.equals(chat.ai()) || Boolean.TRUE.equals(chat.waiting())) {
            return ChatMode.MANAGER;
        }
        return Boolean.TRUE.equals(chat.awaitingManagerConfirmation()) ? ChatMode.AWAITING_CONFIRMATION
                : ChatMode.BOT;
    }

    /**
     * {@code messager} as a channel code: lowercase, other characters as {@code _}; none means
     * Telegram, the old system's default.
     */
    static Channel channel(LegacyChat chat) {
        if (chat.messager() == null || chat.messager().isBlank()) {
            return DEFAULT_CHANNEL;
        }
        String code = chat.messager().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("^[^a-z]+", "");
        code = code.substring(0, Math.min(code.length(), Channel.MAX_LENGTH));
        return code.isEmpty() ? DEFAULT_CHANNEL : Channel.of(code);
    }

    /** {@code session_id}, else the bracketed number of the display id, else the old uuid. */
    static String channelChatId(TenantId tenant, LegacyChat chat) {
        if (chat.sessionId() != null && !chat.sessionId().isBlank()) {
            return chat.sessionId().strip();
        }
        if (chat.userId() != null) {
            Matcher number = BRACKETED_NUMBER.matcher(chat.userId());
            if (number.find()) {
                return number.group(1);
            }
        }
        return chatId(tenant, chat).toString();
    }

    /** {@code name}, else the display id without its bracketed number. */
    static Customer customer(LegacyChat chat) {
        String name = chat.name();
        if ((name == null || name.isBlank()) && chat.userId() != null) {
            name = BRACKETED_NUMBER.matcher(chat.userId()).replaceAll("");
        }
        return new Customer(cut(name, Customer.MAX_NAME_LENGTH), null, null);
    }

    /**
     * {@code question} is the customer's; {@code answer} is the AI's when {@code ai} is true, a
     * manager's when it is false (the old system marked what its AI wrote, and people wrote the rest),
     * and the bot's when nothing says. Outgoing messages were delivered by the old system.
     *
     * @throws ValidationException when the message cannot be kept (no text, too long, unknown type)
     */
    static Message message(TenantId tenant, ChatId chatId, LegacyMessage legacy, Instant chatCreatedAt) {
        MessageId id = new MessageId(LegacyIds.ordered("message", tenant, legacy.id()));
        Instant at = legacy.createdAt() == null ? chatCreatedAt : legacy.createdAt();
        String type = legacy.type() == null ? "" : legacy.type().strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "question" -> Message.fromCustomer(id, chatId, legacy.text(), List.of(), null, at, at);
            case "answer" -> Boolean.FALSE.equals(legacy.ai())
                    ? outgoing(id, chatId, Author.MANAGER, null, legacy.text(), at)
                    : outgoing(id, chatId, Author.BOT, AnswerSource.AI, legacy.text(), at);
            default -> throw ValidationException.of("message_type", "is '" + legacy.type()
                    + "', neither question nor answer");
        };
    }

    private static Message outgoing(MessageId id, ChatId chatId, Author author, AnswerSource source, String text,
                                    Instant at) {
        return new Message(id, chatId, author, source, null, text, List.of(), null, at, at, Delivery.sent(at));
    }

    private static String cut(String text, int maxCodePoints) {
        if (text == null || text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
