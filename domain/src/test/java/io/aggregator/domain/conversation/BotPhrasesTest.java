package io.aggregator.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.conversation.BotPhrases.Phrase;
import io.aggregator.domain.tenant.Language;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BotPhrasesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenNoOverrides_whenAskedForAnyPhrase_thenEachLanguageHasItsOwnText(Language language) {
        List<String> texts = Arrays.stream(Phrase.values())
                .map(phrase -> BotPhrases.defaults().text(phrase, language))
                .toList();

        assertThat(texts).allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThan(BotPhrases.MAX_LENGTH))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Phrase.class)
    void givenNoOverrides_thenNoTwoLanguagesShareAPhrasesText(Phrase phrase) {
        Set<String> texts = Arrays.stream(Language.values())
                .map(language -> BotPhrases.defaults().text(phrase, language))
                .collect(Collectors.toSet());

        assertThat(texts).hasSize(Language.values().length);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenTheDefaultQuestion_thenTheWordsItSuggestsAreUnderstoodAsYesAndNo(Language language) {
        List<String> words = Lexicon.words(BotPhrases.defaults().text(Phrase.HANDOVER_QUESTION, language));

        assertThat(words).containsAnyElementsOf(Lexicon.yesWords(language))
                .containsAnyElementsOf(Lexicon.noWords(language));
    }

    @Test
    void thePhraseKeysAreTheDocumentedLegacySettingKeys() {
        assertThat(Arrays.stream(Phrase.values()).map(Phrase::key)).containsExactly(
                "phrase.handover_question", "phrase.handover_notice", "phrase.fallback", "phrase.bot_continues");
        assertThat(Phrase.byKey("phrase.fallback")).contains(Phrase.FALLBACK);
        assertThat(Phrase.byKey("Phrase.Fallback")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenAnOverride_whenAskedInAnyLanguage_thenTheTenantsOwnWordingIsUsed(Language language) {
        BotPhrases phrases = BotPhrases.withOverrides(Map.of("phrase.handover_question", "  Shall I call Olga?  "));

        assertThat(phrases.text(Phrase.HANDOVER_QUESTION, language)).isEqualTo("Shall I call Olga?");
        assertThat(phrases.text(Phrase.FALLBACK, language))
                .isEqualTo(BotPhrases.defaults().text(Phrase.FALLBACK, language));
    }

    @Test
    void givenBlankOverridesAndOtherLegacySettings_thenTheDefaultsAreKept() {
        Map<String, String> legacy = new HashMap<>();
        legacy.put("phrase.fallback", "");
        legacy.put("phrase.handover_notice", "   ");
        legacy.put("system message for ai", "You are a barista.");
        legacy.put("PHRASE.BOT_CONTINUES", "not a phrase key: keys are compared exactly");

        BotPhrases phrases = BotPhrases.withOverrides(legacy);

        assertThat(phrases).isEqualTo(BotPhrases.defaults());
        assertThat(phrases.overrides()).isEmpty();
    }

    @Test
    void givenATooLongOverride_thenItIsRefusedNamingItsKey() {
        String tooLong = "x".repeat(BotPhrases.MAX_LENGTH + 1);

        assertThatThrownBy(() -> BotPhrases.withOverrides(Map.of("phrase.bot_continues", tooLong)))
                .hasMessage("phrase.bot_continues: must be at most 2000 characters, got 2001");
    }

    @Test
    void givenOverridesOfSeveralPhrases_thenEachIsKeptAndTheyCompareByValue() {
        Map<String, String> legacy = Map.of("phrase.fallback", "Hmm.", "phrase.bot_continues", "Fine!");

        BotPhrases phrases = BotPhrases.withOverrides(legacy);

        assertThat(phrases.overrides()).containsOnly(Map.entry(Phrase.FALLBACK, "Hmm."),
                Map.entry(Phrase.BOT_CONTINUES, "Fine!"));
        assertThat(phrases).isEqualTo(BotPhrases.withOverrides(legacy)).isNotEqualTo(BotPhrases.defaults());
    }
}
