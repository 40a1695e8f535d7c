package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

public abstract class BotSettingStoreContract extends StoreContract {

    @Test
    void valuesArePutReplacedListedAndDeletedPerTenant() {
        inA(() -> {
            ports.botSettings().put("system_message", "old");
            ports.botSettings().put("faqs", "Q: hours? A: 7-9");
            ports.botSettings().put("system_message", "new");
            return null;
        });

        assertThat(inA(() -> ports.botSettings().listAll()))
                .containsExactly(Map.entry("faqs", "Q: hours? A: 7-9"), Map.entry("system_message", "new"));
        assertThat(inB(() -> ports.botSettings().get("faqs"))).isEmpty();
        assertThat(inB(() -> ports.botSettings().delete("faqs"))).isFalse();
        assertThat(inA(() -> ports.botSettings().delete("faqs"))).isTrue();
        assertThat(inA(() -> ports.botSettings().get("faqs"))).isEmpty();
        assertThat(inA(() -> ports.botSettings().get("system_message"))).contains("new");
    }

    @Test
    void keysWithSpacesAndAnyScriptAndLongValuesAreKeptExactly() {
        String prompt = "Ты — бариста.\n".repeat(5_000);
        inA(() -> {
            ports.botSettings().put("system message for ai", prompt);
            ports.botSettings().put("приветствие", "");
            return null;
        });

        assertThat(inA(() -> ports.botSettings().get("system message for ai"))).contains(prompt);
        assertThat(inA(() -> ports.botSettings().get("приветствие"))).contains("");
        assertThat(inA(() -> ports.botSettings().get("System message for ai"))).isEmpty();
    }
}
