package io.aggregator.domain.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.ValidationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AiReplyTest {

    @Test
    void anAnswerWithConfidenceKeepsItsOtherFieldsAsDetails() {
        AiReply reply = AiReply.from(Map.of("answer", "Open till nine.", "confidence", 0.82, "model", "gpt-4o-mini",
                "tokens", 212));

        assertThat(reply.answer()).isEqualTo("Open till nine.");
        assertThat(reply.handover()).isFalse();
        assertThat(reply.confidence()).hasValue(0.82);
        assertThat(reply.details()).containsOnly(Map.entry("model", "gpt-4o-mini"), Map.entry("tokens", 212));
    }

    @Test
    void theHandoverFlagIsTakenInEachOfItsForms() {
        assertThat(AiReply.from(Map.of("handover", true)).handover()).isTrue();
        assertThat(AiReply.from(Map.of("manager", true)).handover()).isTrue();
        assertThat(AiReply.from(Map.of("manager", "true")).handover()).isTrue();
        assertThat(AiReply.from(Map.of("manager", " TRUE ")).handover()).isTrue();
        assertThat(AiReply.from(Map.of("manager", "false", "answer", "Hi")).handover()).isFalse();
        assertThat(AiReply.from(Map.of("answer", "Hi")).answer()).isEqualTo("Hi");
    }

    @Test
    void onlyABodyWithAnAnswerFieldIsAnAnswer() {
        assertThat(AiReply.isAnswer(Map.of("message", "Workflow was started"))).isFalse();
        assertThat(AiReply.isAnswer(Map.of())).isFalse();
        assertThat(AiReply.isAnswer(Map.of("answer", ""))).isTrue();
        assertThat(AiReply.isAnswer(Map.of("manager", "true"))).isTrue();
    }

    @Test
    void wrongTypesAreRefusedFieldByField() {
        Map<String, Object> json = new HashMap<>();
        json.put("answer", 42);
        json.put("handover", "yes please");
        json.put("confidence", 1.5);

        assertThatThrownBy(() -> AiReply.from(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("answer", "handover", "confidence"));
        assertThatThrownBy(() -> AiReply.from(Map.of("confidence", "high")))
                .hasMessageContaining("confidence");
    }
}
