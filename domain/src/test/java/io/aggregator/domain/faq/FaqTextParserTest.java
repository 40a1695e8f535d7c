package io.aggregator.domain.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.faq.FaqTextParser.QuestionAndAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaqTextParserTest {

    @Test
    void labelledLinesInEnglishBecomePairsAndAPartMayGoOnOverSeveralLines() {
        String text = """
                Q: When do you open?
                A: At nine,
                every day but Sunday.

                Question: Do you deliver?
                Answer: Yes 🚚
                """;

        assertThat(FaqTextParser.parse(text)).contains(List.of(
                new QuestionAndAnswer("When do you open?", "At nine,\nevery day but Sunday."),
                new QuestionAndAnswer("Do you deliver?", "Yes 🚚")));
    }

    @Test
    void labelledLinesInRussianBecomePairs() {
        String text = """
                Вопрос: Сколько стоит доставка?
                Ответ: Бесплатно от 1000 ₽.
                В: Есть ли веганские блюда?
                О: Да, и без глютена тоже.
                """;

        assertThat(FaqTextParser.parse(text)).contains(List.of(
                new QuestionAndAnswer("Сколько стоит доставка?", "Бесплатно от 1000 ₽."),
                new QuestionAndAnswer("Есть ли веганские блюда?", "Да, и без глютена тоже.")));
    }

    @Test
    void numberedBlocksSplitAtTheQuestionMarkOrAfterTheFirstLine() {
        String text = """
                1. When do you open? At nine.
                2. Do you deliver?
                Yes, within the city:
                1) order online
                2) wait an hour
                3. Payment
                Cards and cash.
                """;

        assertThat(FaqTextParser.parse(text)).contains(List.of(
                new QuestionAndAnswer("When do you open?", "At nine."),
                new QuestionAndAnswer("Do you deliver?", "Yes, within the city:\n1) order online\n2) wait an hour"),
                new QuestionAndAnswer("Payment", "Cards and cash.")));
    }

    @Test
    void paragraphsWhoseFirstLineIsAQuestionBecomePairs() {
        String text = "Где вы находитесь?\nУл. Ленина, 5.\n\nКак с вами связаться?\nПишите сюда 😊\nили звоните.";

        assertThat(FaqTextParser.parse(text)).contains(List.of(
                new QuestionAndAnswer("Где вы находитесь?", "Ул. Ленина, 5."),
                new QuestionAndAnswer("Как с вами связаться?", "Пишите сюда 😊\nили звоните.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We are a coffee shop in the centre. Any questions? Call us.",
            "Our FAQ:\nQ: When do you open?\nA: At nine.",
            "Q: When do you open?\nQ: Do you deliver?\nA: Yes.",
            "A: At nine.\nQ: When do you open?",
            "Q: When do you open?\nA:   ",
            "1. We open at nine.\n2. Delivery is free.",
            "2. When do you open? At nine.",
            "Где вы находитесь?\nУл. Ленина, 5.\n\nМы работаем без выходных.",
            "   "})
    void textOfAnyOtherShapeIsNotReadAtAll(String text) {
        assertThat(FaqTextParser.parse(text)).isEmpty();
    }

    @Test
    void noTextIsNotRead() {
        assertThat(FaqTextParser.parse(null)).isEmpty();
    }
}
