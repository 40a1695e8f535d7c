package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.InboxPage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.InboxStats;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class InMemoryInboxStore implements InboxStore {
    /** As the index chats_inbox: last activity, then id, both newest first. */
    private static final Comparator<Chat> INBOX_ORDER = Comparator.comparing(Chat::lastMessageAt)
            .thenComparing(chat -> chat.id().value(), UuidOrder.AS_POSTGRESQL)
            .reversed();
    private static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::createdAt)
            .thenComparing(message -> message.id().value(), UuidOrder.AS_POSTGRESQL)
            .reversed();

    private final InMemoryTransactions transactions;

    InMemoryInboxStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<ChatId, Chat> chats() {
        return transactions.database().chats.of(transactions.tenant());
    }

    private Collection<Message> messages() {
        return transactions.database().messages.of(transactions.tenant()).values();
    }

    private Map<ChatId, Integer> unread(TenantId tenant) {
        return transactions.database().unread.of(tenant);
    }

    @Override
    public InboxPage page(InboxQuery query) {
        Map<ChatId, Integer> unread = unread(transactions.tenant());
        return InboxPage.of(chats().values().stream()
                .filter(chat -> chat.hidden() == query.hidden())
                .filter(chat -> query.mode() == null || chat.mode() == query.mode())
                .filter(chat -> query.channel() == null || chat.channel().equals(query.channel()))
                .filter(chat -> !query.unreadOnly() || unread.getOrDefault(chat.id(), 0) > 0)
                .filter(chat -> query.search() == null || matches(chat, query.search()))
                .filter(chat -> query.after() == null || INBOX_ORDER.compare(chat, cursorProbe(chat, query)) > 0)
                .sorted(INBOX_ORDER)
                .limit(query.limit() + 1L)
                .map(this::row)
                .toList(), query.limit());
    }

    private boolean matches(Chat chat, String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        return contains(chat.customer().displayName(), needle) || contains(chat.customer().username(), needle)
                || messages().stream().anyMatch(m -> m.chatId().equals(chat.id()) && contains(m.text(), needle));
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    /** A stand-in chat at the cursor's position, so the cursor compares with the same order. */
    private static Chat cursorProbe(Chat like, InboxQuery query) {
        return new Chat(query.after().id(), like.channel(), like.channelChatId(), like.customer(), like.mode(),
                like.botRepliesSinceHandover(), like.hidden(), like.createdAt(), query.after().lastMessageAt(),
                like.lastCustomerMessageAt());
    }

    private InboxRow row(Chat chat) {
        InboxRow.Preview last = messages().stream()
                .filter(m -> m.chatId().equals(chat.id()))
                .min(NEWEST_FIRST)
                .map(m -> new InboxRow.Preview(m.author(), m.text(), m.createdAt()))
                .orElse(null);
        return new InboxRow(chat, unread(transactions.tenant()).getOrDefault(chat.id(), 0), last);
    }

    @Override
    public Optional<InboxRow> find(ChatId id) {
        return Optional.ofNullable(chats().get(id)).map(this::row);
    }

    @Override
    public boolean addUnread(ChatId id) {
        TenantId tenant = transactions.tenantForWrite();
        if (!chats().containsKey(id)) {
            return false;
        }
        unread(tenant).merge(id, 1, Integer::sum);
        return true;
    }

    @Override
    public boolean markRead(ChatId id) {
        TenantId tenant = transactions.tenantForWrite();
        if (!chats().containsKey(id)) {
            return false;
        }
        unread(tenant).remove(id);
        return true;
    }

    @Override
    public InboxStats stats(Instant dayStart) {
        Map<ChatId, Integer> unread = unread(transactions.tenant());
        Collection<Chat> chats = chats().values();
        Instant dayEnd = dayStart.plus(1, ChronoUnit.DAYS);
        return new InboxStats(chats.size(), count(chats, ChatMode.BOT), count(chats, ChatMode.AWAITING_CONFIRMATION),
                count(chats, ChatMode.MANAGER),
                chats.stream().filter(chat -> chat.mode() != ChatMode.BOT)
                        .filter(chat -> unread.getOrDefault(chat.id(), 0) > 0).count(),
                chats.stream().mapToLong(chat -> unread.getOrDefault(chat.id(), 0)).sum(),
                messages().stream()
                        .filter(m -> !m.createdAt().isBefore(dayStart) && m.createdAt().isBefore(dayEnd)).count());
    }

    private static long count(Collection<Chat> chats, ChatMode mode) {
        return chats.stream().filter(chat -> chat.mode() == mode).count();
    }
}
