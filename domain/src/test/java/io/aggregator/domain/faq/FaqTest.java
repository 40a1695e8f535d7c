package io.aggregator.domain.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqTest {

    @Test
    void keywordsParseTheSeedsCommaSeparatedForm() {
        Keywords keywords = Keywords.parse(" vegan, dairy-free,, plant-based , Vegan,opening   hours ");

        assertThat(keywords.values()).containsExactly("vegan", "dairy-free", "plant-based", "opening hours");
        assertThat(keywords.asText()).isEqualTo("vegan, dairy-free, plant-based, opening hours");
        assertThat(Keywords.parse(keywords.asText())).isEqualTo(keywords);
        assertThat(Keywords.parse("  ")).isEqualTo(Keywords.none());
    }

    @Test
    void aKeywordCannotHoldACommaOrBeBlank() {
        assertThatThrownBy(() -> new Keywords(List.of("a,b"))).hasMessageContaining("cannot contain a comma");
        assertThatThrownBy(() -> new Keywords(List.of(" "))).hasMessage("keywords: must not be blank");
    }

    @Test
    void aFaqNeedsAQuestionAndAnAnswerAndAPriorityInRange() {
        Faq faq = new Faq(FaqId.newId(), " What are your opening hours? ", "We open 7am-9pm daily",
                Keywords.parse("hours, opening, time"), Faq.DEFAULT_PRIORITY, true);
        assertThat(faq.question()).isEqualTo("What are your opening hours?");

        assertThatThrownBy(() -> new Faq(FaqId.newId(), "", "a", Keywords.none(), 1, true))
                .hasMessage("question: must not be blank");
        assertThatThrownBy(() -> new Faq(FaqId.newId(), "q", null, Keywords.none(), 1, true))
                .hasMessage("answer: is required");
        assertThatThrownBy(() -> new Faq(FaqId.newId(), "q", "a", Keywords.none(), 1001, true))
                .hasMessage("priority: must be between 0 and 1000, got 1001");
    }

    @Test
    void keywordsGivenOneByOneAreTidiedAsTheStorageFormReadsThemBack() {
        Keywords keywords = Keywords.of(List.of(" opening   hours ", "Hours", "hours", "", "время работы"));

        assertThat(keywords.values()).containsExactly("opening hours", "Hours", "время работы");
        assertThat(Keywords.parse(keywords.asText())).isEqualTo(keywords);
        assertThatThrownBy(() -> Keywords.of(List.of("tea, coffee")))
                .hasMessage("keywords: a keyword cannot contain a comma: 'tea, coffee'");
        assertThatThrownBy(() -> Keywords.of(java.util.Arrays.asList("tea", null)))
                .hasMessage("keywords: is required");
    }

    @Test
    void aRejectedFaqNamesEveryWrongField() {
        assertThatThrownBy(() -> new Faq(FaqId.newId(), " ", "a".repeat(10_001), Keywords.none(), -1, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("question", "answer", "priority"));
    }

    @Test
    void anFaqIsSwitchedOnAndOffKeepingEverythingElse() {
        Faq faq = new Faq(FaqId.newId(), "Hours?", "7am-9pm", Keywords.parse("hours"), 3, true);

        Faq inactive = faq.withActive(false);

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.withActive(true)).isEqualTo(faq);
    }

    @Test
    void idsParseOnlyCanonicalUuids() {
        FaqId id = FaqId.newId();
        assertThat(FaqId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> FaqId.parse("42")).hasMessageStartingWith("faq_id: must be a UUID");
    }
}
