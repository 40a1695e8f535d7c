package io.aggregator.domain.tenant;

import io.aggregator.domain.Require;

/**
 * The name of a legacy setting: 1 to 100 printable characters. Spaces and any script are allowed,
 * because the single-tenant system's keys are phrases such as {@code system message for ai}; the key
 * is kept exactly as given, so it is found again by the same text.
 */
public record BotSettingKey(String value) {
    public static final int MAX_LENGTH = 100;

    public BotSettingKey {
        Require.printableText("key", value, MAX_LENGTH);
    }

    public static BotSettingKey of(String value) {
        return new BotSettingKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
