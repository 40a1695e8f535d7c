package io.aggregator.application.port.in;

import io.aggregator.application.port.out.InboxPage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.InboxStats;
import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;

/**
 * What a tenant's admins and managers read in the inbox: the chats, one chat's history, the numbers;
 * and the one thing reading changes, the chat's unread counter. A chat of another tenant is not found.
 */
public interface ReadInboxUseCase {
    int DEFAULT_MESSAGE_LIMIT = 50;
    int MAX_MESSAGE_LIMIT = 200;

    /**
     * One page of a chat's history. {@code next} is where the following page starts, in the same
     * direction; null when there is nothing more to read that way now.
     */
    record MessagePage(List<Message> items, MessageCursor next) {
        public MessagePage {
            items = List.copyOf(items);
        }
    }

    InboxPage listChats(TenantId tenant, InboxQuery query);

    /** @throws NotFoundException if the tenant has no such chat */
    InboxRow getChat(TenantId tenant, ChatId chat);

    /** Newest first: the messages just before {@code before}, or the latest when it is null. */
    MessagePage messagesBefore(TenantId tenant, ChatId chat, MessageCursor before, int limit);

    /** Oldest first: the messages just after {@code after}, for a client catching up. */
    MessagePage messagesAfter(TenantId tenant, ChatId chat, MessageCursor after, int limit);

    /** A manager has seen the chat: nothing in it is unread any more. */
    InboxRow markRead(TenantId tenant, ChatId chat);

    InboxStats stats(TenantId tenant);
}
