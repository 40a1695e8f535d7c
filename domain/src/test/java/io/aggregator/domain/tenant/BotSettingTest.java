package io.aggregator.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BotSettingTest {

    @Test
    void legacyKeysArePhrasesKeptExactlyAsGiven() {
        assertThat(BotSettingKey.of(" system message for ai").value()).isEqualTo(" system message for ai");
        assertThat(BotSettingKey.of("приветствие").value()).isEqualTo("приветствие");
        assertThat(BotSettingKey.of("k".repeat(BotSettingKey.MAX_LENGTH)).value()).hasSize(100);
    }

    @Test
    void keysAreOneLineOfPrintableCharacters() {
        assertThatThrownBy(() -> BotSettingKey.of("")).hasMessage("key: must not be blank");
        assertThatThrownBy(() -> BotSettingKey.of("k".repeat(101))).hasMessage("key: must be at most 100 characters, got 101");
        assertThatThrownBy(() -> BotSettingKey.of("two\nlines")).hasMessageContaining("printable");
    }

    @Test
    void valuesMayBeEmptyOrMultiLineButAreBounded() {
        BotSettingKey key = BotSettingKey.of("faqs");

        assertThat(new BotSetting(key, "").value()).isEmpty();
        assertThat(new BotSetting(key, "Q: hours?\nA: 7-9").value()).contains("\n");
        assertThat(new BotSetting(key, "я".repeat(BotSetting.MAX_VALUE_LENGTH)).value()).hasSize(100_000);
        assertThatThrownBy(() -> new BotSetting(key, "x".repeat(100_001)))
                .hasMessage("value: must be at most 100000 characters, got 100001");
        assertThatThrownBy(() -> new BotSetting(key, null)).hasMessage("value: is required");
        assertThatThrownBy(() -> new BotSetting(key, "nul\0inside")).hasMessage("value: must not contain the NUL character");
    }
}
