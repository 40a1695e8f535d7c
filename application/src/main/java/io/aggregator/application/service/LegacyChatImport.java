package io.aggregator.application.service;

import io.aggregator.application.port.in.LegacyImportReport.TableCount;
import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.LegacyDatabase;
import io.aggregator.application.port.out.LegacyDatabase.LegacyChat;
import io.aggregator.application.port.out.LegacyDatabase.LegacyMessage;
import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One tenant's chats and their messages, copied in the tenant's transaction and then read back and
 * compared with the old database: every chat there, every message in it, in order, with its text.
 */
final class LegacyChatImport {
    private static final int PAGE = 500;

    private final TenantId tenant;
    private final ChatStore chats;
    private final MessageStore messages;
    private final LegacyDatabase legacy;
    private final Instant now;
    private final LegacyTenantLog log;
    private final LegacyTally chatTally = new LegacyTally("chats");
    private final LegacyTally messageTally = new LegacyTally("messages");
    private final Set<String> channelChatKeys = new HashSet<>();
    private final Set<String> renamedMessagers = new TreeSet<>();
    private int chatsWithTags;
    private int images;

    LegacyChatImport(TenantId tenant, ChatStore chats, MessageStore messages, LegacyDatabase legacy, Instant now,
                     LegacyTenantLog log) {
        this.tenant = tenant;
        this.chats = chats;
        this.messages = messages;
        this.legacy = legacy;
        this.now = now;
        this.log = log;
    }

    /** @return the counts of chats and of messages, those found after the import as the check read them */
    List<TableCount> run(List<LegacyChat> legacyChats) {
        int chatsFound = 0;
        int messagesFound = 0;
        for (LegacyChat legacyChat : legacyChats) {
            List<LegacyMessage> legacyMessages = legacy.messages(legacyChat.id());
            ChatId id = LegacyChatMapping.chatId(tenant, legacyChat);
            Instant createdAt = firstOf(legacyChat.createdAt(),
                    legacyMessages.isEmpty() ? null : legacyMessages.get(0).createdAt(), legacyChat.updatedAt(), now);
            Map<LegacyMessage, Message> copies = copies(id, legacyChat, legacyMessages, createdAt);
            Optional<Chat> existing = chats.findById(id);
            if (existing.isPresent()) {
                chatTally.alreadyHere();
                channelChatKeys.add(key(existing.get().channel(), existing.get().channelChatId()));
            } else {
                chats.add(newChat(id, legacyChat, createdAt, List.copyOf(copies.values())));
                chatTally.added();
            }
            messageTally.addedOf(copies.size(), messages.addAllIfAbsent(List.copyOf(copies.values())));
            chatsFound += chats.findById(id).isPresent() ? 1 : 0;
            messagesFound += check(id, legacyChat, copies);
        }
        noteWhatIsNotCarriedOver();
        if (chatsFound != chatTally.expectedAfter()) {
            log.problem(chatTally.expectedAfter() + " chats were expected here after the import, " + chatsFound
                    + " were found");
        }
        return List.of(chatTally.count(chatsFound), messageTally.count(messagesFound));
    }

    /** The copies of a chat's messages in the old order; a message without text has nothing to keep. */
    private Map<LegacyMessage, Message> copies(ChatId id, LegacyChat chat, List<LegacyMessage> legacyMessages,
                                               Instant chatCreatedAt) {
        Map<LegacyMessage, Message> copies = new LinkedHashMap<>();
        for (LegacyMessage legacyMessage : legacyMessages) {
            String where = "message " + legacyMessage.id() + " of chat " + chat.id();
            if (legacyMessage.text() == null || legacyMessage.text().isBlank()) {
                messageTally.skipped();
                log.skipped(where + ": it has no text");
                continue;
            }
            images += Boolean.TRUE.equals(legacyMessage.image()) ? 1 : 0;
            try {
                copies.put(legacyMessage, LegacyChatMapping.message(tenant, id, legacyMessage, chatCreatedAt));
            } catch (ValidationException e) {
                // text that cannot be kept would be lost: the tenant's import fails rather than leave it out
                messageTally.skipped();
                log.problem(where + " cannot be kept: " + e.getMessage());
            }
        }
        return copies;
    }

    private Chat newChat(ChatId id, LegacyChat legacyChat, Instant createdAt, List<Message> copies) {
        Channel channel = LegacyChatMapping.channel(legacyChat);
        if (legacyChat.messager() != null && !legacyChat.messager().strip().equals(channel.code())) {
            renamedMessagers.add("'" + legacyChat.messager() + "' as " + channel.code());
        }
        String channelChatId = LegacyChatMapping.channelChatId(tenant, legacyChat);
        if (!channelChatKeys.add(key(channel, channelChatId))
                || chats.findByChannelChatId(channel, channelChatId).isPresent()) {
            log.note("chat " + legacyChat.id() + ": another chat already has " + channel + " chat id "
                    + channelChatId + ", so this one is kept under its own id " + id);
            channelChatId = id.toString();
            channelChatKeys.add(key(channel, channelChatId));
        }
        chatsWithTags += legacyChat.tags() == null || legacyChat.tags().isEmpty() ? 0 : 1;
        Instant lastMessageAt = copies.isEmpty() ? firstOf(legacyChat.updatedAt(), createdAt)
                : copies.get(copies.size() - 1).createdAt();
        Instant lastCustomerMessageAt = legacyChat.lastClientMessageAt() != null ? legacyChat.lastClientMessageAt()
                : copies.stream().filter(message -> message.author() == Author.CUSTOMER).map(Message::createdAt)
                        .reduce((first, second) -> second).orElse(null);
        return new Chat(id, channel, channelChatId, LegacyChatMapping.customer(legacyChat),
                LegacyChatMapping.mode(legacyChat), 0, Boolean.TRUE.equals(legacyChat.hidden()), createdAt,
                lastMessageAt, lastCustomerMessageAt);
    }

    /**
     * Reads the chat's history back and compares the copies of the old messages in it with the old
     * ones: the same number, the same order, the same texts. Messages written here since are passed over.
     *
     * @return how many of the copies were found
     */
    private int check(ChatId id, LegacyChat chat, Map<LegacyMessage, Message> copies) {
        Map<MessageId, LegacyMessage> expected = new LinkedHashMap<>();
        copies.forEach((legacyMessage, copy) -> expected.put(copy.id(), legacyMessage));
        List<Message> found = storedCopies(id, expected.keySet());
        List<MessageId> expectedOrder = List.copyOf(expected.keySet());
        if (found.size() != expected.size()) {
            log.problem("chat " + chat.id() + ": " + expected.size() + " messages in the old database, "
                    + found.size() + " of them here");
        } else if (!found.stream().map(Message::id).toList().equals(expectedOrder)) {
            log.problem("chat " + chat.id() + ": its messages are here in another order than in the old database");
        }
        for (Message message : found) {
            LegacyMessage original = expected.get(message.id());
            if (!Objects.equals(message.text(), original.text())) {
                log.problem("message " + original.id() + " of chat " + chat.id() + ": its text here differs from the "
                        + "old database's");
            }
        }
        return found.size();
    }

    /** The chat's messages with the given ids, oldest first, read page by page. */
    private List<Message> storedCopies(ChatId id, Set<MessageId> ids) {
        List<Message> found = new ArrayList<>();
        MessageCursor before = null;
        List<Message> page;
        do {
            page = messages.listBefore(id, before, PAGE);
            page.stream().filter(message -> ids.contains(message.id())).forEach(found::add);
            before = page.isEmpty() ? null : MessageCursor.of(page.get(page.size() - 1));
        } while (page.size() == PAGE);
        Collections.reverse(found);
        return found;
    }

    private void noteWhatIsNotCarriedOver() {
        if (!renamedMessagers.isEmpty()) {
            log.note("messager values taken as channel codes: " + String.join(", ", renamedMessagers));
        }
        if (chatsWithTags > 0) {
            log.note(chatsWithTags + " chats had tags, which this system does not keep; they stay in the old "
                    + "database");
        }
        if (images > 0) {
            log.note(images + " messages were images: their text (the file reference) is kept as the message text");
        }
    }

    private static String key(Channel channel, String channelChatId) {
        return channel.code() + "\n" + channelChatId;
    }

    private static Instant firstOf(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no instant given");
    }
}
