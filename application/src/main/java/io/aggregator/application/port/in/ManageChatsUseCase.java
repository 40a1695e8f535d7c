package io.aggregator.application.port.in;

import io.aggregator.application.port.out.InboxRow;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.UserId;

/** What a manager does in a chat: reply (which takes it over), take over, give back, hide. */
public interface ManageChatsUseCase {

    /** Stores the reply, sends it to the customer through the outbox, and takes the chat over. */
    Message reply(TenantId tenant, UserId manager, ChatId chat, String text);

    /** @return the chat as the inbox shows it after the change, with its unread count and last message */
    InboxRow takeOver(TenantId tenant, UserId manager, ChatId chat);

    /** @return the chat as the inbox shows it after the change */
    InboxRow giveBackToBot(TenantId tenant, UserId manager, ChatId chat);

    /** @return the chat as the inbox shows it after the change */
    InboxRow setHidden(TenantId tenant, ChatId chat, boolean hidden);
}
