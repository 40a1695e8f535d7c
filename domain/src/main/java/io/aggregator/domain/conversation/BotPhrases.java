package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.tenant.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed texts the bot sends around a handover, in each of the tenant languages, and a tenant's own
 * wording of them. A tenant overrides a phrase with a legacy setting (see {@link Phrase} for the keys);
 * the override is used whatever the language setting, because the tenant wrote it for its own
 * customers. An empty or blank override keeps the default: the legacy store reads a missing value as
 * empty text, and a bot must never send an empty message.
 */
public final class BotPhrases {
    /**
     * Long enough for a friendly paragraph; short enough that two phrases joined (the fallback before
     * the question or the notice) always fit in one message.
     */
    public static final int MAX_LENGTH = 2_000;

    /** A phrase and the legacy setting key that overrides it. */
    public enum Phrase {
        /** Asks whether the customer wants a manager; sent in handover mode {@code ask}. */
        HANDOVER_QUESTION("phrase.handover_question"),
        /** Tells the customer a manager takes over; sent when the bot hands the chat over. */
        HANDOVER_NOTICE("phrase.handover_notice"),
        /** Says the bot has no answer; sent before the question or the notice when nothing could answer. */
        FALLBACK("phrase.fallback"),
        /** Acknowledges a "no" to the question: the bot goes on answering. */
        BOT_CONTINUES("phrase.bot_continues");

        private final String key;

        Phrase(String key) {
            this.key = key;
        }

        /** The legacy setting key, such as {@code phrase.handover_question}. */
        public String key() {
            return key;
        }

        public static Optional<Phrase> byKey(String key) {
            for (Phrase phrase : values()) {
                if (phrase.key.equals(key)) {
                    return Optional.of(phrase);
                }
            }
            return Optional.empty();
        }
    }

    private static final Map<Phrase, Map<Language, String>> DEFAULTS = defaultTexts();
    private static final BotPhrases DEFAULT_PHRASES = new BotPhrases(Map.of());

    private final Map<Phrase, String> overrides;

    private BotPhrases(Map<Phrase, String> overrides) {
        this.overrides = overrides.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(overrides));
    }

    /** The product's own texts, for tenants that wrote none. */
    public static BotPhrases defaults() {
        return DEFAULT_PHRASES;
    }

    /**
     * A tenant's phrases from its legacy key/value settings. Keys that name no phrase are other
     * settings (such as {@code system message for ai}) and are ignored; keys are compared exactly, as
     * legacy keys always are. An override longer than {@link #MAX_LENGTH} is refused naming its key.
     */
    public static BotPhrases withOverrides(Map<String, String> settings) {
        Require.present("settings", settings);
        Map<Phrase, String> overrides = new EnumMap<>(Phrase.class);
        settings.forEach((key, value) -> Phrase.byKey(key).ifPresent(phrase -> {
            if (value != null && !value.isBlank()) {
                overrides.put(phrase, Require.optionalText(key, value.strip(), MAX_LENGTH));
            }
        }));
        return overrides.isEmpty() ? DEFAULT_PHRASES : new BotPhrases(overrides);
    }

    /** The tenant's own wording of the phrase if it has one, else the product's text in the language. */
    public String text(Phrase phrase, Language language) {
        Require.present("phrase", phrase);
        Require.present("language", language);
        String override = overrides.get(phrase);
        return override != null ? override : DEFAULTS.get(phrase).get(language);
    }

    /** The phrases this tenant has worded itself. */
    public Map<Phrase, String> overrides() {
        return overrides;
    }

    private static Map<Phrase, Map<Language, String>> defaultTexts() {
        // the question names the words to answer with, and the lexicon understands exactly those
        Map<Phrase, Map<Language, String>> texts = new EnumMap<>(Phrase.class);
        texts.put(Phrase.HANDOVER_QUESTION, inEveryLanguage(
                "Would you like to talk to a manager? Please answer yes or no.",
                "Хотите поговорить с менеджером? Ответьте «да» или «нет».",
                "¿Quiere hablar con un agente? Responda «sí» o «no».",
                "Souhaitez-vous parler à un conseiller\u00a0? Répondez «\u00a0oui\u00a0» ou «\u00a0non\u00a0».",
                "Möchten Sie mit einem Mitarbeiter sprechen? Bitte antworten Sie mit Ja oder Nein."));
        texts.put(Phrase.HANDOVER_NOTICE, inEveryLanguage(
                "I'm passing the conversation to a manager, who will reply here shortly.",
                "Передаю разговор менеджеру, он скоро ответит здесь.",
                "Le paso con un agente, que le responderá aquí en breve.",
                "Je transmets la conversation à un conseiller, qui vous répondra ici très bientôt.",
                "Ich gebe das Gespräch an einen Mitarbeiter weiter, der Ihnen hier in Kürze antwortet."));
        texts.put(Phrase.FALLBACK, inEveryLanguage(
                "Sorry, I can't answer that right now.",
                "Извините, сейчас я не могу ответить на этот вопрос.",
                "Lo siento, ahora mismo no puedo responder a eso.",
                "Désolé, je ne peux pas répondre à cette question pour le moment.",
                "Entschuldigung, darauf kann ich gerade nicht antworten."));
        texts.put(Phrase.BOT_CONTINUES, inEveryLanguage(
                "All right, I'll keep helping you. What else would you like to know?",
                "Хорошо, продолжим. Что ещё вы хотели бы узнать?",
                "De acuerdo, sigo ayudándole. ¿Qué más le gustaría saber?",
                "D'accord, je continue à vous aider. Que souhaitez-vous savoir d'autre\u00a0?",
                "In Ordnung, ich helfe Ihnen gern weiter. Was möchten Sie noch wissen?"));
        return Collections.unmodifiableMap(texts);
    }

    private static Map<Language, String> inEveryLanguage(String en, String ru, String es, String fr, String de) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.EN, en);
        texts.put(Language.RU, ru);
        texts.put(Language.ES, es);
        texts.put(Language.FR, fr);
        texts.put(Language.DE, de);
        return Collections.unmodifiableMap(texts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BotPhrases that && overrides.equals(that.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "BotPhrases" + overrides;
    }
}
