package io.aggregator.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.conversation.Lexicon.Answer;
import io.aggregator.domain.tenant.Language;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    @Test
    void wordsAreLowercaseWithoutMarksOrApostrophesSplitAtEverythingElse() {
        assertThat(Lexicon.words("Don't  OPÉRATEUR—please!! 42")).containsExactly("dont", "operateur", "please", "42");
        assertThat(Lexicon.words("Ёлка, йогурт?")).containsExactly("елка", "иогурт");
        assertThat(Lexicon.words("  \uD83D\uDE00 ")).isEmpty();
        assertThat(Lexicon.words(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Can I talk to a manager please?
            en | I want a HUMAN
            en | operator
            en | Connect me with an agent
            ru | Позовите менеджера
            ru | Можно с оператором?
            ru | Хочу поговорить с живым человеком
            ru | ЧЕЛОВЕК!
            es | Quiero hablar con un humano
            es | ¿Me pasa con un agente?
            fr | Je voudrais parler à un opérateur
            fr | parler a un operateur svp
            fr | Un conseiller, s'il vous plaît
            de | Ich möchte mit einem Mitarbeiter sprechen
            de | Bitte einen Menschen!
            de | Mensch
            """)
    void givenARequestForAPersonInAnyLanguage_thenItIsRecognised(String language, String text) {
        assertThat(Lexicon.asksForHuman(text)).as("%s: %s", language, text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who is in your management?", "Humanity is great", "Is this an agency?",
            "Are you operational on Sundays?", "Ваш менеджмент", "человечество", "Mitarbeiterzahl",
            "C'est conseillé ?", "What are your opening hours?", ""})
    void givenAPersonsWordOnlyInsideAnotherWord_thenItIsNoRequest(String text) {
        assertThat(Lexicon.asksForHuman(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Столик на 5 человек, пожалуйста", "Стол на 12 человек?", "Booking for 4 humans"})
    void givenAPersonsWordAfterANumber_thenItCountsPeopleAndIsNoRequest(String text) {
        assertThat(Lexicon.asksForHuman(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yes              | YES
            Yeah, please     | YES
            ok               | YES
            Да               | YES
            да, конечно      | YES
            Sí               | YES
            si por favor     | YES
            Oui              | YES
            oui merci        | YES
            d'accord         | YES
            Ja               | YES
            Ja gerne!        | YES
            no               | NO
            No thanks        | NO
            no manager, thanks | NO
            Нет              | NO
            нет, спасибо     | NO
            No, gracias      | NO
            Non merci        | NO
            Nein danke       | NO
            nö               | NO
            """)
    void givenAShortYesOrNoInAnyLanguage_thenItIsThatAnswer(String text, Answer answer) {
        assertThat(Lexicon.yesOrNo(text)).contains(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What time do you open?", "maybe", "",
            "no sugar in my latte please, can you do it today?", "Не подскажете, когда вы открыты?",
            "I think yes", "Yes no yes no yes no yes"})
    void givenAQuestionOrALongerMessage_thenItIsNoAnswer(String text) {
        assertThat(Lexicon.yesOrNo(text)).isEmpty();
    }

    @Test
    void theListsHoldTheWordsTheProductPromises() {
        Set<String> human = union(Lexicon::humanWords);
        Set<String> yes = union(Lexicon::yesWords);
        Set<String> no = union(Lexicon::noWords);

        assertThat(human).contains("manager", "human", "operator", "agent", "оператор", "менеджер", "человек",
                "humano", "agente", "operateur", "conseiller", "mitarbeiter", "mensch");
        assertThat(yes).contains("yes", "yeah", "да", "si", "oui", "ja");
        assertThat(no).contains("no", "нет", "non", "nein");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguageHasWordsForAPersonForYesAndForNo(Language language) {
        assertThat(Lexicon.humanWords(language)).isNotEmpty();
        assertThat(Lexicon.yesWords(language)).isNotEmpty();
        assertThat(Lexicon.noWords(language)).isNotEmpty();
    }

    @Test
    void noWordBelongsToTwoLists() {
        Set<String> human = union(Lexicon::humanWords);
        Set<String> yes = union(Lexicon::yesWords);
        Set<String> no = union(Lexicon::noWords);

        assertThat(yes).doesNotContainAnyElementsOf(no).doesNotContainAnyElementsOf(human);
        assertThat(no).doesNotContainAnyElementsOf(human);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyListedWordIsAlreadyNormalized(Language language) {
        Set<String> all = new HashSet<>(Lexicon.humanWords(language));
        all.addAll(Lexicon.yesWords(language));
        all.addAll(Lexicon.noWords(language));

        assertThat(all).allSatisfy(word -> assertThat(Lexicon.words(word)).containsExactly(word));
    }

    private static Set<String> union(java.util.function.Function<Language, Set<String>> list) {
        Set<String> words = new HashSet<>();
        Arrays.stream(Language.values()).forEach(language -> words.addAll(list.apply(language)));
        return words;
    }
}
