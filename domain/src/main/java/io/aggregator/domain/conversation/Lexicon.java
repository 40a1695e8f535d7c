package io.aggregator.domain.conversation;

import io.aggregator.domain.tenant.Language;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The few words the bot understands without any AI: a request for a person, and "yes" or "no" to its
 * question whether the customer wants a manager. There is one list per tenant language, and a message
 * is held against all of them, because customers do not always write in the tenant's language (a
 * tourist writes English to a Spanish café).
 *
 * <p>Text is compared as normalized words: lowercase, accents and other marks removed (customers on
 * phones often leave them out: {@code operateur}, {@code si}), apostrophes dropped inside words
 * ({@code don't} is {@code dont}), split at everything that is not a letter or a digit. A word matches
 * only as a whole, so {@code management} or {@code humanity} is not {@code manager} or {@code human}.
 */
public final class Lexicon {
    /**
     * The longest message still read as an answer to the question; a longer one that happens to start
     * with "no" is a question of its own ("No sugar in the latte, can you do that?").
     */
    public static final int MAX_ANSWER_WORDS = 6;

    /** An answer to the question whether the customer wants a manager. */
    public enum Answer { YES, NO }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

    private static final Map<Language, Set<String>> HUMAN = perLanguage(
            "manager managers human humans operator operators agent agents representative",
            // Russian nouns change their ending with the case: "позовите менеджера", "с оператором"
            "менеджер менеджера менеджеру менеджером менеджеры менеджеров оператор оператора оператору "
                    + "оператором операторы человек человека человеку человеком консультант консультанта "
                    + "консультантом сотрудник сотрудника сотрудником администратор администратора",
            "humano humana agente agentes operador operadora asesor asesora encargado encargada gerente",
            "opérateur opératrice conseiller conseillère humain humaine agent agents",
            "Mitarbeiter Mitarbeiterin Mensch Menschen Berater Beraterin Ansprechpartner");

    private static final Map<Language, Set<String>> YES = perLanguage(
            "yes yeah yep yup sure ok okay",
            "да ага давайте давай конечно ок",
            "sí claro vale dale ok",
            "oui ouais volontiers d'accord ok",
            "ja jawohl gerne gern klar ok");

    // not the Russian "не": it opens polite questions too ("Не подскажете, когда вы открыты?")
    private static final Map<Language, Set<String>> NO = perLanguage(
            "no nope nah not",
            "нет неа",
            "no",
            "non nan pas",
            "nein nee nö nicht kein");

    private static final Set<String> ANY_HUMAN = union(HUMAN);
    private static final Set<String> ANY_YES = union(YES);
    private static final Set<String> ANY_NO = union(NO);

    private Lexicon() {
    }

    /** The text's normalized words, in order. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String joined = APOSTROPHES.matcher(folded).replaceAll("");
        return Arrays.stream(SEPARATORS.split(joined)).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * Whether the customer asks for a person in words. A person's word right after a number counts
     * people rather than asking for one: "a table for 5 people" is, in Russian, "столик на 5 человек".
     */
    public static boolean asksForHuman(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            boolean countsPeople = i > 0 && NUMBER.matcher(words.get(i - 1)).matches();
            if (ANY_HUMAN.contains(words.get(i)) && !countsPeople) {
                return true;
            }
        }
        return false;
    }

    /**
     * The customer's answer to the question, if the text is one: a short message whose first word is a
     * yes or a no ("yes please", "нет, спасибо", "Ja gerne"). The first word decides, because the rest
     * often repeats the question's own words: "no manager, thanks".
     */
    public static Optional<Answer> yesOrNo(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > MAX_ANSWER_WORDS) {
            return Optional.empty();
        }
        String first = words.get(0);
        if (ANY_YES.contains(first)) {
            return Optional.of(Answer.YES);
        }
        return ANY_NO.contains(first) ? Optional.of(Answer.NO) : Optional.empty();
    }

    /** The normalized words of one language by which a customer asks for a person. */
    public static Set<String> humanWords(Language language) {
        return HUMAN.get(language);
    }

    /** The normalized words of one language that say yes. */
    public static Set<String> yesWords(Language language) {
        return YES.get(language);
    }

    /** The normalized words of one language that say no. */
    public static Set<String> noWords(Language language) {
        return NO.get(language);
    }

    private static Map<Language, Set<String>> perLanguage(String en, String ru, String es, String fr, String de) {
        Map<Language, Set<String>> lists = new EnumMap<>(Language.class);
        lists.put(Language.EN, normalized(en));
        lists.put(Language.RU, normalized(ru));
        lists.put(Language.ES, normalized(es));
        lists.put(Language.FR, normalized(fr));
        lists.put(Language.DE, normalized(de));
        return Collections.unmodifiableMap(lists);
    }

    /** The lists are written as people write the words and normalized like the text they are held against. */
    private static Set<String> normalized(String spaceSeparatedWords) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : spaceSeparatedWords.split(" ")) {
            List<String> normalized = words(word);
            if (normalized.size() != 1) {
                throw new IllegalStateException("a lexicon entry must be one word: '" + word + "'");
            }
            words.add(normalized.get(0));
        }
        return Collections.unmodifiableSet(words);
    }

    private static Set<String> union(Map<Language, Set<String>> lists) {
        return lists.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }
}
