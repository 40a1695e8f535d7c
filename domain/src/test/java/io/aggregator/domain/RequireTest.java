package io.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
