package io.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {

    @Test
    void lengthsCountCharactersAsPeopleSeeThemNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(5);

        assertThat(Require.text("question", emoji, 5)).isEqualTo(emoji);
        assertThatThrownBy(() -> Require.text("question", emoji + "!", 5))
                .hasMessage("question: must be at most 5 characters, got 6");
    }

    @Test
    void combiningCharactersAreKeptAsTheyAre() {
        String decomposed = "cafe\u0301";

        assertThat(Require.text("question", decomposed, 10)).isEqualTo(decomposed);
    }

    @Test
    void textThePostgresqlTextTypeCannotHoldIsRefused() {
        assertThatThrownBy(() -> Require.text("question", "a\0b", 10))
                .hasMessage("question: must not contain the NUL character");
        assertThatThrownBy(() -> Require.optionalText("answer", "broken \uD83D half", 100))
                .hasMessage("answer: must not contain half of a UTF-16 surrogate pair");
        assertThatThrownBy(() -> Require.text("answer", "\uDE00 low half first", 100))
                .hasMessage("answer: must not contain half of a UTF-16 surrogate pair");
    }

    @Test
    void collectingGathersRejectionsInsteadOfThrowing() {
        List<Violation> violations = new ArrayList<>();

        String kept = Require.collecting(violations, " ok ", value -> Require.text("a", value, 10).strip());
        String rejected = Require.collecting(violations, "", value -> Require.text("b", value, 10));

        assertThat(kept).isEqualTo("ok");
        assertThat(rejected).isNull();
        assertThat(violations).containsExactly(new Violation("b", "must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"system message for ai", "системное сообщение", "emoji \uD83D\uDE00 ok", "a", "tab-free"})
    void printableTextAcceptsSpacesAndAnyScript(String text) {
        assertThat(Require.printableText("key", text, 100)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "zero\u200Bwidth", "right\u202Eleft", "line\u2028separator",
            "bell\u0007"})
    void printableTextRejectsControlFormatAndSeparatorCharacters(String text) {
        assertThatThrownBy(() -> Require.printableText("key", text, 100))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("key: may contain only printable characters; U+");
    }

    @Test
    void printableTextIsStillRequiredAndBounded() {
        assertThatThrownBy(() -> Require.printableText("key", "   ", 100)).hasMessage("key: must not be blank");
        assertThatThrownBy(() -> Require.printableText("key", null, 100)).hasMessage("key: is required");
        assertThatThrownBy(() -> Require.printableText("key", "x".repeat(101), 100))
                .hasMessage("key: must be at most 100 characters, got 101");
    }

    @Test
    void aCountMayBeZeroButNotNegative() {
        assertThat(Require.notNegative("bot_replies_since_handover", 0)).isZero();
        assertThatThrownBy(() -> Require.notNegative("bot_replies_since_handover", -2))
                .hasMessage("bot_replies_since_handover: must not be negative, got -2");
    }
}
