package io.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {

    @Test
    void textThatTheDatabaseWouldRefuseOrChangeIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Require.text("answer", "before\0after", 100))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("answer", "must not contain the character U+0000")));
        assertThatThrownBy(() -> Require.optionalText("answer", "lone \uD800 high", 100))
                .hasMessage("answer: is not well-formed Unicode: a lone surrogate U+D800 at position 6");
        assertThatThrownBy(() -> Require.optionalText("answer", "\uDC00 lone low", 100))
                .hasMessage("answer: is not well-formed Unicode: a lone surrogate U+DC00 at position 1");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String fourEmoji = "\uD83D\uDE00".repeat(4);

        assertThat(Require.text("name", fourEmoji, 4)).isEqualTo(fourEmoji);
        assertThatThrownBy(() -> Require.text("name", fourEmoji + "!", 4))
                .hasMessage("name: must be at most 4 characters, got 5");
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
}
