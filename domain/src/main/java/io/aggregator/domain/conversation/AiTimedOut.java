package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.tenant.TenantSettings;

/**
 * The tenant's AI workflow did not answer a customer's message within the tenant's
 * {@code response_timeout} ({@link HandoverPolicy#responseTimeout}).
 */
public record AiTimedOut(ChatMode mode, int botRepliesSinceHandover, TenantSettings settings) {
    public AiTimedOut {
        Require.present("mode", mode);
        Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        Require.present("settings", settings);
    }

    public static AiTimedOut of(Chat chat, TenantSettings settings) {
        return new AiTimedOut(chat.mode(), chat.botRepliesSinceHandover(), settings);
    }
}
