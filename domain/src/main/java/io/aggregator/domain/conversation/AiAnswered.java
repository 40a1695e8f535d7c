package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.OptionalDouble;

/**
 * The tenant's AI workflow answered a customer's message: its text, whether it asked for a manager
 * itself ({@code managerRequested}, the workflow's {@code manager} flag), and how confident it is, from
 * 0 to 1, if it says.
 */
public record AiAnswered(ChatMode mode, int botRepliesSinceHandover, String text, boolean managerRequested,
                         OptionalDouble confidence, TenantSettings settings) {
    public AiAnswered {
        Require.present("mode", mode);
        Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        text = text == null ? "" : text;
        Require.optionalText("text", text, Message.MAX_TEXT_LENGTH);
        Require.present("confidence", confidence);
        if (confidence.isPresent() && !(confidence.getAsDouble() >= 0 && confidence.getAsDouble() <= 1)) {
            throw ValidationException.of("confidence", "must be between 0 and 1, got " + confidence.getAsDouble());
        }
        Require.present("settings", settings);
    }

    public static AiAnswered of(Chat chat, String text, boolean managerRequested, OptionalDouble confidence,
                                TenantSettings settings) {
        return new AiAnswered(chat.mode(), chat.botRepliesSinceHandover(), text, managerRequested, confidence,
                settings);
    }
}
