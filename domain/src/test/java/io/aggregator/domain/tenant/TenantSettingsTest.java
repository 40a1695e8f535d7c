package io.aggregator.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantSettingsTest {

    @Test
    void defaultsMatchTheSeedsColumnDefaults() {
        TenantSettings defaults = TenantSettings.defaults();

        assertThat(defaults.systemMessage()).isEmpty();
        assertThat(defaults.handoverMode()).isEqualTo(HandoverMode.ASK);
        assertThat(defaults.language()).isEqualTo(Language.EN);
        assertThat(defaults.thresholds()).isEqualTo(Thresholds.none());
    }

    @Test
    void givenA200KbSystemMessage_thenItIsRejectedNamingTheField() {
        String huge = "x".repeat(200 * 1024);

        assertThatThrownBy(() -> new TenantSettings(huge, HandoverMode.ASK, Language.EN, Thresholds.none()))
                .hasMessage("system_message: must be at most 20000 characters, got 204800");
    }

    @Test
    void givenAnUnknownHandoverModeOrLanguage_thenTheAcceptedCodesAreListed() {
        assertThatThrownBy(() -> HandoverMode.fromCode("later"))
                .hasMessage("handover_mode: must be one of ask, immediate; got 'later'");
        assertThatThrownBy(() -> Language.fromCode("it"))
                .hasMessage("language: must be one of en, ru, es, fr, de; got 'it'");
        assertThat(Language.fromCode("ru")).isEqualTo(Language.RU);
        assertThat(HandoverMode.IMMEDIATE.code()).isEqualTo("immediate");
    }

    @Test
    void aMissingSystemMessageIsEmpty() {
        assertThat(new TenantSettings(null, HandoverMode.IMMEDIATE, Language.DE, Thresholds.none()).systemMessage())
                .isEmpty();
    }
}
