package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.tenant.TenantSettings;
import java.time.Instant;

/**
 * A look at a chat at {@code now}, to return it to the bot if its customer has been silent long
 * enough. {@code customerSilentSince} is the customer's last message, or the chat's start if they
 * never wrote.
 */
public record InactivityCheck(ChatMode mode, int botRepliesSinceHandover, Instant customerSilentSince,
                              Instant now, TenantSettings settings) {
    public InactivityCheck {
        Require.present("mode", mode);
        Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        Require.present("customer_silent_since", customerSilentSince);
        Require.present("now", now);
        Require.present("settings", settings);
    }

    public static InactivityCheck of(Chat chat, TenantSettings settings, Instant now) {
        Instant silentSince = chat.lastCustomerMessageAt() != null ? chat.lastCustomerMessageAt() : chat.createdAt();
        return new InactivityCheck(chat.mode(), chat.botRepliesSinceHandover(), silentSince, now, settings);
    }
}
