package io.aggregator.domain.integration;

import io.aggregator.domain.Require;
import java.net.URI;
import java.util.Optional;

/**
 * How the server reaches a tenant's n8n: the AI webhook (asked when no FAQ answers), the delivery
 * webhook (every outgoing message), and how much context an AI request carries. A webhook left unset
 * is not called: without an AI webhook the bot answers from FAQs only.
 */
public record IntegrationSettings(Optional<URI> aiWebhookUrl, Optional<URI> deliveryWebhookUrl, int historyMessages,
                                  int faqCandidates) {
    public static final int DEFAULT_HISTORY_MESSAGES = 10;
    public static final int MAX_HISTORY_MESSAGES = 50;
    public static final int DEFAULT_FAQ_CANDIDATES = 3;
    public static final int MAX_FAQ_CANDIDATES = 10;

    public IntegrationSettings {
        Require.present("ai_webhook_url", aiWebhookUrl);
        Require.present("delivery_webhook_url", deliveryWebhookUrl);
        Require.inRange("history_messages", historyMessages, 0, MAX_HISTORY_MESSAGES);
        Require.inRange("faq_candidates", faqCandidates, 0, MAX_FAQ_CANDIDATES);
    }

    /** Nothing connected yet. */
    public static IntegrationSettings none() {
        return new IntegrationSettings(Optional.empty(), Optional.empty(), DEFAULT_HISTORY_MESSAGES,
                DEFAULT_FAQ_CANDIDATES);
    }
}
