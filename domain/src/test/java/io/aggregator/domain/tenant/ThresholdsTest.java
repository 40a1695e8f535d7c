package io.aggregator.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {

    @Test
    void givenTheSeedsTechSupportThresholds_thenKnownKeysAreTyped() {
        Thresholds thresholds = Thresholds.fromMap(Map.of(
                "response_timeout", 60, "max_responses", 10L, "escalation_threshold", new BigDecimal("0.8")));

        assertThat(thresholds.responseTimeoutSeconds()).hasValue(60);
        assertThat(thresholds.maxResponses()).hasValue(10);
        assertThat(thresholds.escalationThreshold()).hasValue(0.8);
    }

    @Test
    void givenAnFaqMinScore_thenItIsAFractionBetweenZeroAndOne() {
        assertThat(Thresholds.fromMap(Map.of("faq_min_score", new BigDecimal("0.45"))).faqMinScore()).hasValue(0.45);
        assertThat(Thresholds.fromMap(Map.of("faq_min_score", 1)).asMap()).containsEntry("faq_min_score", 1.0);
        assertThat(Thresholds.fromMap(Map.of("faq_min_score", 0)).faqMinScore()).hasValue(0.0);
        assertThat(Thresholds.none().faqMinScore()).isEmpty();

        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("faq_min_score", 1.2)))
                .hasMessage("thresholds.faq_min_score: must be between 0 and 1, got 1.2");
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("faq_min_score", -0.1)))
                .hasMessage("thresholds.faq_min_score: must be between 0 and 1, got -0.1");
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("faq_min_score", "0.5")))
                .hasMessage("thresholds.faq_min_score: must be a number between 0 and 1, got '0.5'");
    }

    @Test
    void givenUnknownKeys_thenTheyAreKeptAsGivenInOrder() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("tone", "warm");
        nested.put("emoji", null);
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("custom_flag", true);
        raw.put("response_timeout", 30);
        raw.put("style", nested);
        raw.put("weights", List.of(1, 2.5, "x"));

        Thresholds thresholds = Thresholds.fromMap(raw);

        assertThat(thresholds.asMap()).containsExactlyEntriesOf(raw);
        assertThat(thresholds.responseTimeoutSeconds()).hasValue(30);
    }

    @Test
    void givenOutOfRangeValues_thenEveryViolationNamesItsField() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("escalation_threshold", 1.7);
        raw.put("max_responses", -3);
        raw.put("response_timeout", 2.5);

        assertThatThrownBy(() -> Thresholds.fromMap(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("thresholds.escalation_threshold", "thresholds.max_responses",
                                "thresholds.response_timeout"))
                .hasMessageContaining("thresholds.escalation_threshold: must be between 0 and 1, got 1.7")
                .hasMessageContaining("thresholds.max_responses: must be between 1 and 1000, got -3")
                .hasMessageContaining("thresholds.response_timeout: must be a whole number between 1 and 600");
    }

    @Test
    void givenAKnownKeyWithText_thenItIsRejected() {
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("response_timeout", "30")))
                .hasMessageContaining("thresholds.response_timeout: must be a number between 1 and 600, got '30'");
    }

    @Test
    void givenANonJsonValue_thenItIsRejected() {
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("when", new Object())))
                .hasMessageContaining("thresholds.when: must be a JSON value");
    }

    @Test
    void givenWholeNumbersWrittenAsDecimals_thenTheyAreAccepted() {
        assertThat(Thresholds.fromMap(Map.of("max_responses", 5.0)).maxResponses()).hasValue(5);
    }

    @Test
    void equalMapsGiveEqualThresholds() {
        assertThat(Thresholds.fromMap(Map.of("a", 1, "max_responses", 3)))
                .isEqualTo(Thresholds.fromMap(Map.of("max_responses", 3, "a", 1)))
                .isNotEqualTo(Thresholds.none());
        assertThat(Thresholds.fromMap(null)).isSameAs(Thresholds.none());
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "1, true", "0, false", "1.0, true"})
    void givenHandoverOnAttachmentAsABooleanOrAsOneOrZero_thenItIsKeptAsABoolean(String written, boolean kept) {
        Object raw = written.matches("true|false") ? (Object) Boolean.valueOf(written) : new BigDecimal(written);

        Thresholds thresholds = Thresholds.fromMap(Map.of("handover_on_attachment", raw));

        assertThat(thresholds.handoverOnAttachment()).contains(kept);
        assertThat(thresholds.asMap()).containsEntry("handover_on_attachment", kept);
        assertThat(thresholds).isEqualTo(Thresholds.fromMap(Map.of("handover_on_attachment", kept)));
    }

    @Test
    void givenHandoverOnAttachmentAsTextOrAnotherNumber_thenItIsRejected() {
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("handover_on_attachment", "yes")))
                .hasMessage("thresholds.handover_on_attachment: must be true or false (or 1 or 0), got 'yes'");
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("handover_on_attachment", 2)))
                .hasMessage("thresholds.handover_on_attachment: must be true or false (or 1 or 0), got 2");
    }

    @Test
    void givenReactivateAfterMinutes_thenItIsAWholeNumberOfMinutesUpToAWeekWithZeroAllowed() {
        assertThat(Thresholds.fromMap(Map.of("reactivate_after_minutes", 0)).reactivateAfterMinutes()).hasValue(0);
        assertThat(Thresholds.fromMap(Map.of("reactivate_after_minutes", 10_080)).reactivateAfterMinutes())
                .hasValue(10_080);
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("reactivate_after_minutes", 10_081)))
                .hasMessage("thresholds.reactivate_after_minutes: must be between 0 and 10080, got 10081");
        assertThatThrownBy(() -> Thresholds.fromMap(Map.of("reactivate_after_minutes", 1.5)))
                .hasMessage("thresholds.reactivate_after_minutes: must be a whole number between 0 and 10080, got 1.5");
    }

    @Test
    void givenNeitherNewKey_thenBothAreAbsentForThePolicyToDefault() {
        assertThat(Thresholds.none().handoverOnAttachment()).isEmpty();
        assertThat(Thresholds.none().reactivateAfterMinutes()).isEmpty();
    }
}
