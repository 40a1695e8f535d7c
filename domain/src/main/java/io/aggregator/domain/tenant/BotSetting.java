package io.aggregator.domain.tenant;

import io.aggregator.domain.Require;

/**
 * One of a tenant's legacy key/value settings, as the single-tenant system kept them in
 * {@code bot_settings} (for example {@code system message for ai}). Values are free text, possibly
 * empty and multi-line, such as a whole prompt.
 */
public record BotSetting(BotSettingKey key, String value) {
    public static final int MAX_VALUE_LENGTH = 100_000;

    public BotSetting {
        Require.present("key", key);
        Require.present("value", value);
        Require.optionalText("value", value, MAX_VALUE_LENGTH);
    }
}
