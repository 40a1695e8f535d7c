package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.Optional;

/**
 * A customer's message arrived in a chat: what the policy needs to decide who answers it. The FAQ
 * matcher has already run ({@code faqAnswer} is its best candidate above the tenant's minimum score,
 * or empty); {@code aiConfigured} says whether the tenant has an AI workflow to ask.
 */
public record CustomerMessageArrived(ChatMode mode, int botRepliesSinceHandover, String text,
                                     boolean hasAttachments, TenantSettings settings,
                                     Optional<FaqAnswer> faqAnswer, boolean aiConfigured) {
    public CustomerMessageArrived {
        Require.present("mode", mode);
        Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        text = text == null ? "" : text;
        Require.present("settings", settings);
        Require.present("faq_answer", faqAnswer);
    }

    public static CustomerMessageArrived of(Chat chat, Message message, TenantSettings settings,
                                            Optional<FaqAnswer> faqAnswer, boolean aiConfigured) {
        if (message.author() != Author.CUSTOMER) {
            throw ValidationException.of("author", "must be the customer, got " + message.author().code());
        }
        return new CustomerMessageArrived(chat.mode(), chat.botRepliesSinceHandover(), message.text(),
                !message.attachments().isEmpty(), settings, faqAnswer, aiConfigured);
    }
}
