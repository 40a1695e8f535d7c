package io.aggregator.domain.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaqMatcherTest {
    private static final Faq HOURS = faq(1, "What are your opening hours?", "opening hours, open, close");
    private static final Faq VEGAN = faq(2, "Do you have vegan options?", "vegan, plant-based, oat milk");
    private static final Faq WIFI = faq(3, "Do you have free Wi-Fi?", "wifi, internet, password");
    private static final Faq DELIVERY = faq(4, "Do you deliver to my home?", "delivery, courier");
    private static final FaqMatcher COFFEE_SHOP = FaqMatcher.of(List.of(HOURS, VEGAN, WIFI, DELIVERY));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            When do you open on Sunday?            | 1
            are you OPEN today                     | 1
            hours of opening please                | 1
            anything for vegans?                   | 2
            Is there a plant based milk?           | 2
            what's the wifi password               | 3
            wi fi?                                 | 3
            do you have WI-FI                      | 3
            do you have courier delivery           | 4
            can you deliver?                       | 4
            """)
    void findsTheFaqAMessageAsksAbout(String message, int expected) {
        assertThat(COFFEE_SHOP.best(message, FaqMatcher.DEFAULT_MIN_SCORE))
                .get().extracting(candidate -> candidate.faq().id()).isEqualTo(id(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Do you sell shoes?
            what is the meaning of life
            thanks, bye!
            ???
            ''
            """)
    void answersNothingWhenNoFaqFits(String message) {
        assertThat(COFFEE_SHOP.best(message, FaqMatcher.DEFAULT_MIN_SCORE)).isEmpty();
    }

    @Test
    void aKeywordPhraseMatchesWhenAllItsWordsOccurInAnyOrder() {
        FaqMatcher matcher = FaqMatcher.of(List.of(
                faq(1, "When can I come?", "opening hours"),
                faq(2, "Which days?", "opening days")));

        double together = score(matcher, "opening hours", 1);
        double reordered = score(matcher, "the hours of your opening", 1);
        double apart = score(matcher, "opening... and what about hours", 1);
        double halfOfIt = score(matcher, "opening", 1);

        assertThat(together).isEqualTo(reordered).isEqualTo(apart);
        assertThat(halfOfIt).isLessThan(together - FaqMatcher.KEYWORD_SHARE / 2);
    }

    @Test
    void inflectedFormsMatchInEachLanguage() {
        FaqMatcher matcher = FaqMatcher.of(List.of(
                faq(1, "How do I reset my password?", "password"),
                faq(2, "Как сменить пароль?", "пароль"),
                faq(3, "¿Cómo cambio mi contraseña?", "contraseña"),
                faq(4, "Wann sind Ihre Öffnungszeiten?", "öffnungszeiten"),
                faq(5, "Proposez-vous des plats végétaliens?", "végétalien")));

        assertThat(bestId(matcher, "forgot both passwords")).isEqualTo(id(1));
        assertThat(bestId(matcher, "не помню пароля")).isEqualTo(id(2));
        assertThat(bestId(matcher, "что с паролем?")).isEqualTo(id(2));
        assertThat(bestId(matcher, "olvidé las contraseñas")).isEqualTo(id(3));
        assertThat(bestId(matcher, "Öffnungszeit am Montag")).isEqualTo(id(4));
        assertThat(bestId(matcher, "plats vegetaliens?")).isEqualTo(id(5));
    }

    @Test
    void aTypoInALongWordIsForgivenButCountsLessThanTheWord() {
        FaqMatcher matcher = FaqMatcher.of(List.of(WIFI, HOURS));

        assertThat(topId(matcher, "what is the passwrod")).isEqualTo(WIFI.id());
        assertThat(topId(matcher, "intrenet?")).isEqualTo(WIFI.id());
        assertThat(score(matcher, "intrenet?", 3)).isLessThan(score(matcher, "internet?", 3));
    }

    @Test
    void shortWordsAndTyposOfTheFirstLetterAreNotGuessed() {
        FaqMatcher matcher = FaqMatcher.of(List.of(
                faq(1, "Can I book a tour?", "tour"),
                faq(2, "Is there a password?", "password")));

        assertThat(matcher.rank("hour", 5)).isEmpty();
        assertThat(matcher.rank("bassword", 5)).isEmpty();
    }

    @Test
    void aLongerFormOfAWordIsFoundApproximately() {
        FaqMatcher matcher = FaqMatcher.of(List.of(faq(1, "Can I cancel my order?", "cancel")));

        assertThat(topId(matcher, "order cancellation")).isEqualTo(id(1));
        assertThat(score(matcher, "order cancellation", 1)).isLessThan(score(matcher, "cancel order", 1));
    }

    @Test
    void inactiveFaqsAreIgnored() {
        FaqMatcher matcher = FaqMatcher.of(List.of(HOURS.withActive(false), VEGAN));

        assertThat(matcher.rank("opening hours", 10)).isEmpty();
        assertThat(matcher.rank("vegan", 10)).extracting(FaqCandidate::faq).containsExactly(VEGAN);
    }

    @Test
    void equalScoresAreOrderedByPriorityThenById() {
        Faq low = faq(1, "Do you have parking?", "parking", 1);
        Faq high = faq(2, "Do you have parking?", "parking", 5);
        Faq alsoLowLaterId = faq(3, "Do you have parking?", "parking", 1);

        List<FaqCandidate> ranked = FaqMatcher.of(List.of(alsoLowLaterId, low, high)).rank("parking?", 10);

        assertThat(ranked).extracting(FaqCandidate::faq).containsExactly(high, low, alsoLowLaterId);
        assertThat(ranked).extracting(FaqCandidate::score).containsOnly(ranked.get(0).score());
    }

    @Test
    void rankListsAtMostTheLimitBestFirst() {
        List<FaqCandidate> ranked = COFFEE_SHOP.rank("vegan oat milk, wifi and delivery hours", 2);

        assertThat(ranked).hasSize(2);
        assertThat(ranked.get(0).score()).isGreaterThanOrEqualTo(ranked.get(1).score());
        assertThat(COFFEE_SHOP.rank("vegan", 100)).extracting(FaqCandidate::faq).containsExactly(VEGAN);
    }

    @Test
    void bestNeedsTheMinimumScore() {
        double score = score(COFFEE_SHOP, "vegan", 2);

        assertThat(COFFEE_SHOP.best("vegan", score)).get().extracting(FaqCandidate::score).isEqualTo(score);
        assertThat(COFFEE_SHOP.best("vegan", Math.nextUp(score))).isEmpty();
        assertThat(COFFEE_SHOP.best("nothing in common", 0)).isEmpty();
    }

    @Test
    void aMessageMatchingQuestionAndKeywordsFullyScoresOne() {
        assertThat(score(COFFEE_SHOP, "vegan options plant-based oat milk", 2)).isEqualTo(1.0);
    }

    @Test
    void anFaqWithoutKeywordsIsMatchedOnItsQuestion() {
        FaqMatcher matcher = FaqMatcher.of(List.of(faq(1, "Do you sell gift cards?", "")));

        assertThat(score(matcher, "sell gift cards", 1)).isEqualTo(1.0);
        assertThat(matcher.best("do you sell gift cards here", FaqMatcher.DEFAULT_MIN_SCORE)).isPresent();
    }

    @Test
    void noFaqsMatchNothing() {
        assertThat(FaqMatcher.of(List.of()).rank("opening hours", 3)).isEmpty();
    }

    @Test
    void wrongArgumentsAreRefused() {
        assertThatThrownBy(() -> COFFEE_SHOP.rank("hours", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> COFFEE_SHOP.best("hours", 1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> COFFEE_SHOP.best("hours", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> COFFEE_SHOP.rank(null, 1)).hasMessage("message: is required");
        assertThatThrownBy(() -> FaqMatcher.of(List.of(HOURS, HOURS.withActive(false))))
                .hasMessageContaining("is given twice");
        assertThatThrownBy(() -> new FaqCandidate(HOURS, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double score(FaqMatcher matcher, String message, int expected) {
        List<FaqCandidate> ranked = matcher.rank(message, 1);
        assertThat(ranked).as(message).isNotEmpty();
        assertThat(ranked.get(0).faq().id()).as(message).isEqualTo(id(expected));
        return ranked.get(0).score();
    }

    private static FaqId topId(FaqMatcher matcher, String message) {
        return matcher.rank(message, 1).stream().map(candidate -> candidate.faq().id()).findFirst().orElse(null);
    }

    private static FaqId bestId(FaqMatcher matcher, String message) {
        return matcher.best(message, FaqMatcher.DEFAULT_MIN_SCORE).map(candidate -> candidate.faq().id()).orElse(null);
    }

    private static Faq faq(int number, String question, String keywords) {
        return faq(number, question, keywords, Faq.DEFAULT_PRIORITY);
    }

    private static Faq faq(int number, String question, String keywords, int priority) {
        return new Faq(id(number), question, "answer " + number, Keywords.parse(keywords), priority, true);
    }

    private static FaqId id(int number) {
        return new FaqId(new UUID(0, number));
    }
}
