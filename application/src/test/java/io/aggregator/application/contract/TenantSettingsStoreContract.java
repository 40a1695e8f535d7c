package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public abstract class TenantSettingsStoreContract extends StoreContract {

    private static TenantSettings techSupport() {
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("response_timeout", 60);
        thresholds.put("max_responses", 10);
        thresholds.put("escalation_threshold", 0.8);
        thresholds.put("custom_tone", "formal");
        thresholds.put("nested", Map.of("list", List.of(1, "two", true)));
        return new TenantSettings("You are a technical support specialist. Отвечай кратко.", HandoverMode.IMMEDIATE,
                Language.RU, Thresholds.fromMap(thresholds));
    }

    @Test
    void givenNoSettingsYet_thenNoneAreLoaded() {
        assertThat(inA(() -> ports.settings().load())).isEmpty();
    }

    @Test
    void savedSettingsLoadBackWithUnknownThresholdsIntact() {
        inA(() -> {
            ports.settings().save(techSupport());
            return null;
        });

        TenantSettings loaded = inA(() -> ports.settings().load()).orElseThrow();
        assertThat(loaded).isEqualTo(techSupport());
        assertThat(loaded.thresholds().escalationThreshold()).hasValue(0.8);
        assertThat(loaded.thresholds().asMap()).containsEntry("custom_tone", "formal");
    }

    @Test
    void savingAgainReplacesTheSettings() {
        inA(() -> {
            ports.settings().save(techSupport());
            ports.settings().save(TenantSettings.defaults());
            return null;
        });

        assertThat(inA(() -> ports.settings().load())).contains(TenantSettings.defaults());
    }

    @Test
    void eachTenantSeesOnlyItsOwnSettings() {
        inA(() -> {
            ports.settings().save(techSupport());
            return null;
        });

        assertThat(inB(() -> ports.settings().load())).isEmpty();
    }
}
