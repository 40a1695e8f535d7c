package io.aggregator.domain.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.tenant.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | What are your OPENING hours?!     | what are your opening hours
            en | Do you deliver 24/7?              | do you deliver 24 7
            en | don't, can't & won't...           | don t can t won t
            en | ＷｉＦｉ ｐａｓｓｗｏｒｄ            | wifi password
            en | Wi-Fi, e-mail and a T-shirt       | wifi email and a tshirt
            en | open 7-9, covid-19 test           | open 7 9 covid 19 test
            en | the ﬁrst oﬀer                      | the first offer
            ru | Какой ПАРОЛЬ от Wi-Fi?            | какой пароль от wifi
            ru | Ещё вопрос: всё ли ёлки ЗЕЛЁНЫЕ?  | еще вопрос все ли елки зеленые
            ru | Мой й-й не и: Йогурт              | мой й й не и йогурт
            es | ¿Tenéis opciones VEGANAS?         | teneis opciones veganas
            es | Olvidé mi contraseña, ¡ayuda!     | olvide mi contrasena ayuda
            es | Pequeño niño, añadir              | pequeno nino anadir
            fr | Où est l'hôtel? Ça coûte combien? | ou est l hotel ca coute combien
            fr | Œuvre, cœur et «garçon»           | oeuvre coeur et garcon
            fr | C’est quand l’ouverture ?         | c est quand l ouverture
            fr | Peut-on venir ? Va-t-il pleuvoir ? | peut on venir va t il pleuvoir
            ru | Какой-то вопрос про Wi-Fi-роутер  | какой то вопрос про wifiроутер
            de | Öffnungszeiten am Wochenende?     | offnungszeiten am wochenende
            de | Straße, GRÜSSE, Größe            | strasse grusse grosse
            de | Ich möchte Rückgabe & Umtausch    | ich mochte ruckgabe umtausch
            """)
    void normalizesEachLanguage(String language, String text, String words) {
        assertThat(String.join(" ", TextNormalizer.words(text))).as(language).isEqualTo(words);
    }

    @Test
    void accentsWrittenAsCombiningMarksAreRemovedFromLatinLettersOnly() {
        // "café" with a combining acute accent, and Cyrillic "й" written as "и" plus a combining breve
        assertThat(TextNormalizer.words("cafe\u0301 \u0438\u0306\u043e\u0433\u0443\u0440\u0442"))
                .containsExactly("cafe", "йогурт");
    }

    @Test
    void theServersLocaleDoesNotChangeCaseFolding() {
        // Turkish rules would give the dotless ı; Locale.ROOT gives i, and İ loses its dot
        assertThat(TextNormalizer.words("INTERNET İstanbul")).containsExactly("internet", "istanbul");
    }

    @Test
    void emojiSymbolsAndSoftHyphensAreNotWords() {
        assertThat(TextNormalizer.words("☕️☕ coffee!!! 👍 #1 price: 5€ ver\u00ADsand"))
                .containsExactly("coffee", "1", "price", "5", "versand");
        assertThat(TextNormalizer.words(" \t\n?! ")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStopWordIsWrittenAsTheNormalizerWritesIt(Language language) {
        for (String word : StopWords.of(language)) {
            assertThat(TextNormalizer.words(word)).as(language + " stop word").containsExactly(word);
        }
    }

    @Test
    void stopWordsCoverEachLanguageAndOneLetterWords() {
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("какой")).isTrue();
        assertThat(StopWords.contains("tienen")).isTrue();
        assertThat(StopWords.contains("pouvez")).isTrue();
        assertThat(StopWords.contains("mochte")).isTrue();
        assertThat(StopWords.contains("l")).isTrue();
        assertThat(StopWords.contains("hat")).as("an English hat, not German 'has'").isFalse();
        assertThat(StopWords.contains("vegan")).isFalse();
    }
}
