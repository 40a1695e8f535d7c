package io.aggregator.domain.faq;

/**
 * Cuts inflection endings off a normalized word, so that the forms of one word meet: "hours" and
 * "hour", "contraseñas" and "contraseña", "Öffnungszeiten" and "Öffnungszeit", "пароля", "паролем"
 * and "пароль". It is deliberately light: it only has to make the forms of a word equal to each
 * other, not to produce a dictionary root, and every ending it removes is one that rarely belongs to
 * the root of a word.
 *
 * <p>A message's language is not known reliably (customers switch, and short messages say little),
 * so the rules are chosen by script rather than by language. Cyrillic words get Russian endings. Latin
 * words get one union of endings that is safe across English, Spanish, French and German: plural
 * {@code -s} (except after {@code i} or {@code u}, where it mostly belongs to the word), English
 * {@code -ing}/{@code -ed}, the German plural and the Romance infinitives ({@code -en}, {@code -ern},
 * {@code -er}, {@code -ar}, {@code -ir}, {@code -ez}) and final vowels that mark gender or a silent
 * {@code e} ({@code -a}, {@code -o}, {@code -e}). Applying an ending of another language is
 * harmless as long as it is applied the same way to the FAQ and to the message; what matters is that
 * no step depends on the language. The steps always run in the same order, each once (the last may
 * drop more than one vowel: "livrée" becomes "livr", as "livrer" does), and each keeps a stem long
 * enough to stay specific, so that a word and its plural ("garden", "gardens") end in the same stem.
 */
final class LightStemmer {
    /** Words this short are left alone: cutting them would make unrelated words meet. */
    private static final int SHORTEST_STEMMED = 4;

    /**
     * Russian noun, adjective and verb endings, longest first, so that the longest one that fits is
     * removed. Past tense endings ({@code -ла}, {@code -ли}) are not listed: they are also the end of
     * many roots ("школа", "стили").
     */
    private static final String[] RUSSIAN_ENDINGS = {
        "иями",
        "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иям", "иях", "ием",
        "ете", "ите", "ешь", "ишь", "ает", "яет", "ают", "яют", "ует", "уют",
        "ать", "ять", "ить", "еть", "уть", "ыть",
        "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях",
        "ов", "ев", "ью", "ия", "ья", "ию", "ье", "ым", "им", "ых", "их", "ую", "юю", "ою", "ею",
        "ет", "ит", "ют", "ят", "ут", "ть",
        "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й"
    };

    private static final String RUSSIAN_VOWELS = "аеиоуыэюяь";

    /** Latin endings of the second step, longest first; see the class comment. */
    private static final String[] LATIN_ENDINGS = {"ern", "en", "er", "ar", "ir", "ez"};

    private LightStemmer() {
    }

    static String stem(String word) {
        if (word.length() < SHORTEST_STEMMED) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        if (isCyrillic(last)) {
            return russian(word);
        }
        if (last >= 'a' && last <= 'z') {
            return latin(word);
        }
        return word;
    }

    private static String russian(String word) {
        String stem = word;
        if (isReflexive(stem)) {
            stem = stem.substring(0, stem.length() - 2);
        }
        for (String ending : RUSSIAN_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        // a verb's theme vowel ("работа-ет", "работа-ть") is left once its ending is gone
        if (stem.length() >= 5 && RUSSIAN_VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /**
     * A verb's reflexive ending: "-ся" always, "-сь" only after the vowels that verbs put before it
     * ("записалась", "учусь") and in "-тесь" ("находитесь"), since nouns and adverbs end in "-сь"
     * too ("запись", "смесь", "здесь").
     */
    private static boolean isReflexive(String word) {
        if (word.length() - 2 < 4) {
            return false;
        }
        return word.endsWith("ся") || word.endsWith("тесь")
                || (word.endsWith("сь") && "аоуюя".indexOf(word.charAt(word.length() - 3)) >= 0);
    }

    private static String latin(String word) {
        String stem = word;
        // 1. plural, then English -ing/-ed ("mornings" -> "morning" -> "morn"); not after i or u,
        //    where the s is mostly the word's own: "preis", "haus", "colis", "refus", "status"
        if (stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("is") && !stem.endsWith("us")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("ing") && stem.length() - 3 >= 3) {
            stem = undouble(stem.substring(0, stem.length() - 3));
        } else if (stem.endsWith("ed") && !stem.endsWith("eed") && stem.length() - 2 >= 3) {
            stem = undouble(stem.substring(0, stem.length() - 2));
        }
        // 2. German plural and infinitive, Romance infinitive ("zeiten", "reservar", "livrer")
        for (String ending : LATIN_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= 4) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        // 3. final vowels of gender and silent e ("abierta", "livrée"); y as i ("delivery", "deliveries")
        while (stem.length() > 3 && isDroppedVowel(stem.charAt(stem.length() - 1))) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() > 3 && stem.endsWith("y")) {
            stem = stem.substring(0, stem.length() - 1) + "i";
        }
        return stem;
    }

    private static boolean isDroppedVowel(char letter) {
        return letter == 'e' || letter == 'a' || letter == 'o';
    }

    /** "shipp" -> "ship", but "install" and "dress" keep their double letter, as in Porter's stemmer. */
    private static String undouble(String stem) {
        int length = stem.length();
        if (length >= 3 && stem.charAt(length - 1) == stem.charAt(length - 2)) {
            char letter = stem.charAt(length - 1);
            if (letter != 'l' && letter != 's' && letter != 'z' && "aeiou".indexOf(letter) < 0) {
                return stem.substring(0, length - 1);
            }
        }
        return stem;
    }

    private static boolean isCyrillic(char letter) {
        return letter >= '\u0400' && letter <= '\u04FF';
    }
}
