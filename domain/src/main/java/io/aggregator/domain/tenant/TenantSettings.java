package io.aggregator.domain.tenant;

import io.aggregator.domain.Require;

/**
 * A tenant's AI configuration: the system message that gives its bot a personality, how handover
 * works, the language, and the thresholds. The tenant it belongs to is the one whose transaction
 * loads or stores it.
 */
public record TenantSettings(String systemMessage, HandoverMode handoverMode, Language language,
                             Thresholds thresholds) {
    /** Long enough for a detailed persona and house rules; far below what would bloat every AI request. */
    public static final int MAX_SYSTEM_MESSAGE_LENGTH = 20_000;

    public TenantSettings {
        systemMessage = systemMessage == null ? "" : systemMessage;
        Require.optionalText("system_message", systemMessage, MAX_SYSTEM_MESSAGE_LENGTH);
        Require.present("handover_mode", handoverMode);
        Require.present("language", language);
        Require.present("thresholds", thresholds);
    }

    /** What a new tenant starts with, matching the seed's column defaults. */
    public static TenantSettings defaults() {
        return new TenantSettings("", HandoverMode.ASK, Language.EN, Thresholds.none());
    }
}
