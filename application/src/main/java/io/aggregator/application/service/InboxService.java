package io.aggregator.application.service;

import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.ReadInboxUseCase;
import io.aggregator.application.port.out.InboxPage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.InboxStats;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.Require;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;

/** The inbox for a tenant's users; each use case is one transaction bound to the tenant. */
public final class InboxService implements ReadInboxUseCase {
    private final Transactions transactions;
    private final InboxStore inbox;
    private final MessageStore messages;
    private final InboxAnnouncer announcer;

    public InboxService(Transactions transactions, InboxStore inbox, MessageStore messages, LiveEvents liveEvents,
                        Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.messages = messages;
        this.announcer = new InboxAnnouncer(transactions, inbox, liveEvents, clock);
    }

    @Override
    public InboxPage listChats(TenantId tenant, InboxQuery query) {
        return transactions.inTenant(tenant, () -> inbox.page(query));
    }

    @Override
    public InboxRow getChat(TenantId tenant, ChatId chat) {
        return transactions.inTenant(tenant, () -> existing(chat));
    }

    @Override
    public MessagePage messagesBefore(TenantId tenant, ChatId chat, MessageCursor before, int limit) {
        Require.inRange("limit", limit, 1, MAX_MESSAGE_LIMIT);
        return transactions.inTenant(tenant, () -> {
            existing(chat);
            return page(messages.listBefore(chat, before, limit + 1), limit);
        });
    }

    @Override
    public MessagePage messagesAfter(TenantId tenant, ChatId chat, MessageCursor after, int limit) {
        Require.inRange("limit", limit, 1, MAX_MESSAGE_LIMIT);
        return transactions.inTenant(tenant, () -> {
            existing(chat);
            return page(messages.listAfter(chat, after, limit + 1), limit);
        });
    }

    /** Read one more than asked: the extra message is not shown, it only tells that there is more. */
    private static MessagePage page(List<Message> upToOneMore, int limit) {
        if (upToOneMore.size() <= limit) {
            return new MessagePage(upToOneMore, null);
        }
        List<Message> items = upToOneMore.subList(0, limit);
        return new MessagePage(items, MessageCursor.of(items.get(limit - 1)));
    }

    @Override
    public InboxRow markRead(TenantId tenant, ChatId chat) {
        InboxRow read = transactions.inTenant(tenant, () -> {
            if (!inbox.markRead(chat)) {
                throw noSuchChat(chat);
            }
            return existing(chat);
        });
        // the tenant's other managers see the chat read, and the unread numbers fall
        announcer.announce(tenant, List.of(new LiveEvent.ChatChanged(read.chat(), read.unreadCount())));
        return read;
    }

    @Override
    public InboxStats stats(TenantId tenant) {
        return announcer.stats(tenant);
    }

    private InboxRow existing(ChatId chat) {
        return inbox.find(chat).orElseThrow(() -> noSuchChat(chat));
    }

    private static NotFoundException noSuchChat(ChatId chat) {
        return new NotFoundException("no chat '" + chat + "'");
    }
}
