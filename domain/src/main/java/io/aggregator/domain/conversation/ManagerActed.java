package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.user.UserId;

/**
 * A manager replied in a chat, took it over, or gave it back to the bot: the same facts for the three
 * events, which the policy tells apart by the method it is given to.
 */
public record ManagerActed(ChatMode mode, int botRepliesSinceHandover, UserId managerUserId) {
    public ManagerActed {
        Require.present("mode", mode);
        Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        Require.present("manager_user_id", managerUserId);
    }

    public static ManagerActed of(Chat chat, UserId managerUserId) {
        return new ManagerActed(chat.mode(), chat.botRepliesSinceHandover(), managerUserId);
    }
}
