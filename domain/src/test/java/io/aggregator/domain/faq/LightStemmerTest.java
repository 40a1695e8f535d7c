package io.aggregator.domain.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightStemmerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | vegan vegans
            en | hour hours
            en | open opens opening opened
            en | order orders ordered ordering
            en | delivery deliveries
            en | price prices pricing
            en | garden gardens
            en | ship shipping shipped ships
            en | install installing installed
            en | speed speeds
            en | morning mornings
            ru | пароль пароля паролем пароли паролей паролю
            ru | час часы часов часа
            ru | доставка доставки доставку доставкой доставке
            ru | работа работы работает работают работать работаете
            ru | запись записи записаться
            ru | смесь смеси
            ru | находитесь находиться
            ru | веганский веганская веганское веганские
            es | contraseña contraseñas
            es | horario horarios
            es | vegano vegana veganos veganas
            es | reserva reservar reservas
            es | talla tallas
            fr | livrer livrée livrées livré
            fr | ouvert ouverte ouverts ouvertes
            fr | taille tailles
            de | öffnungszeit Öffnungszeiten
            de | Größe Größen
            de | Preis Preise Preisen
            de | Haus Hause
            de | Bestellung Bestellungen
            """)
    void formsOfOneWordShareTheirStem(String language, String forms) {
        List<String> stems = Arrays.stream(forms.split(" "))
                .map(form -> LightStemmer.stem(TextNormalizer.words(form).get(0)))
                .distinct()
                .toList();

        assertThat(stems).as(language + " " + forms).hasSize(1);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hour    | tour
            order   | border
            card    | care
            пароль  | парк
            size    | sign
            час     | чай
            """)
    void differentWordsKeepDifferentStems(String one, String other) {
        assertThat(LightStemmer.stem(one)).isNotEqualTo(LightStemmer.stem(other));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bus  | bus
            час  | час
            2fa  | 2fa
            wifi | wifi
            """)
    void shortWordsAndWordsEndingInADigitOrAConsonantStayAsTheyAre(String word, String stem) {
        assertThat(LightStemmer.stem(word)).isEqualTo(stem);
    }
}
