package io.aggregator.domain.faq;

import io.aggregator.domain.tenant.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words that say nothing about what a message asks: articles, pronouns, auxiliaries, question words,
 * greetings and politeness. They are left out of the overlap between a message and an FAQ, so that
 * "What are your opening hours?" and "Do you have vegan options?" share nothing.
 *
 * <p>The lists are short and written in normalized form (lower case, no accents, {@code ё} as
 * {@code е}). A message's language is not known reliably, so a word is a stop word when it is one in
 * any of the five languages. Words that are stop words in one language but a likely topic in another
 * are left out on purpose: German {@code hat} (has) is an English hat, and {@code man} and {@code tag}
 * stay too. A word of one character is always a stop word: in the Latin languages it is an article,
 * a pronoun or what is left of an elision ({@code l'heure}, {@code don't}).
 */
final class StopWords {
    private static final Map<Language, Set<String>> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        BY_LANGUAGE.put(Language.EN, words("""
                a an the and or but if of to in on at by for with about from into as than then so too very
                is are was were be been being am do does did doing done have has had having get got
                i me my mine we us our ours you your yours he him his she her it its they them their this that
                these those there here what which who whom whose when where why how can could will would
                shall should may might must not no yes just also any some all anything something
                please hi hello hey thanks thank ok okay pls thx dear
                want wanted need know tell like im ive id dont doesnt didnt cant isnt arent wont don doesn
                didn isn aren won ll ve re ur plz
                after before around since still only most many much more few every everything nothing
                anyone anybody someone somebody again already now while other another same such each both
                either over under between through during without within via per even ever never always
                maybe probably usually really actually sorry whats its take make come go see
                """));
        BY_LANGUAGE.put(Language.RU, words("""
                и в во не что он она оно они я ты мы вы с со как а то все так его ее их но да нет
                к у же за бы по только мне меня мой моя мое мои моего моей моих ему ей им ним ней
                от из о об до для при про без над под через ли если уже или ни быть был была были было
                будет есть это эта этот эти этого этой этом там тут здесь где когда куда откуда почему зачем
                какой какая какое какие каков какую каких каким сколько кто чем чего чтобы чтоб можно нужно
                надо ваш ваша ваше ваши вашего вашей вашем вашу ваших вашим вас вам нас нам наш наша
                свой свою своя свои себя себе тоже также еще вот ну ведь
                здравствуйте здравствуй привет добрый доброе пожалуйста спасибо подскажите скажите
                хочу хотел хотела хотели хотелось могу может можете мочь
                очень сейчас потом теперь пока после перед ничего никто ничто всего всех весь вся сам сама
                самый немного много мало более менее чуть почти просто даже вообще именно мной ими тех пор
                того той тому тем том ту те тот эту этим этих этому который которая которое которые
                которого которой которых чтото ктото какойто какаято какието чтонибудь ктонибудь
                какойнибудь гдето когдато извините простите нибудь либо сделать делать смогу сможете
                """));
        BY_LANGUAGE.put(Language.ES, words("""
                de la que el en y a los del se las por un para con no una su al lo como mas pero sus le ya o
                este si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo
                nos durante todos uno les ni contra otros ese eso ante ellos e esto mi antes algunos unos yo
                otro otras otra tanto esa estos mucho nada muchos cual cuales poco ella estar estas algo mis
                tu te ti tus es son soy eres somos estoy estan tiene tienen tengo tienes tenemos puedo puede
                pueden puedes podria podrian hola gracias favor quiero quisiera necesito saber usted ustedes
                cuanto cuanta cuantos cuantas vosotros vuestro vuestra buenas buenos
                despues ahora aun todavia entonces siempre nunca solo menos casi bastante tan toda todas
                alguien alguno alguna algunas mismo misma cada ambos aqui alli ahi asi ha he has han hemos
                habia fue era sera seria estaba ser perdon perdona perdonad disculpa disculpe teneis
                podeis sois estais habeis vuestros vuestras pueda puedan hacer hago hace
                """));
        BY_LANGUAGE.put(Language.FR, words("""
                au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais
                me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui quoi sa se ses son sur ta
                te tes toi ton tu un une vos votre vous est sont suis es etes sommes ai as avez avons ont
                etre avoir fait faire peux peut pouvez puis comment quand quel quelle quels quelles combien
                pourquoi bonjour salut merci svp plait veux voudrais aimerais besoin savoir estce cela ca
                ceci cet cette ici si aussi tres
                apres avant depuis encore deja toujours jamais seulement plus trop peu beaucoup tout toute
                tous toutes rien quelqu quelque quelques chaque autre autres voici voila etait ete sera
                serez seront faut va vais vont desole desolee excusez pardon stp
                """));
        BY_LANGUAGE.put(Language.DE, words("""
                aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dein deine dem
                den der des dich die dir doch du ein eine einem einen einer eines er es euch euer eure fur
                gibt hab habe haben hatte ich ihr ihre ihrem ihren ihrer ihnen im in ist ja jetzt kann kannst
                konnen konnte mein meine mich mir mit muss nach nicht noch nun nur ob oder sehr sein
                sich sie sind so um und uns unser unsere von vor war was welche welcher welches wenn wer wie
                wir wo wann warum wieviel viel zu zum zur hallo danke bitte gerne mochte mochten wurde
                wurden guten gibts
                seit seitdem schon immer nie viele mehr wenig etwas nichts alles jemand niemand jeder jede
                jedes hier dort gerade eben mal ganz gar wieder bereits werden wird worden sei habt hast
                konnt musst soll sollte will wollen diese dieser dieses diesen diesem meinem meinen meiner
                meines deinem unserem eurem euren ins ans beim vom entschuldigung darf durfen lassen
                machen macht
                """));
    }

    private static final Set<String> ANY_LANGUAGE = new HashSet<>();

    static {
        BY_LANGUAGE.values().forEach(ANY_LANGUAGE::addAll);
    }

    private StopWords() {
    }

    /** Whether {@code word}, already normalized, says nothing about the topic in any of the languages. */
    static boolean contains(String word) {
        return word.length() < 2 || ANY_LANGUAGE.contains(word);
    }

    /** One language's list, for tests that show every list is in normalized form. */
    static Set<String> of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    private static Set<String> words(String list) {
        Set<String> words = new HashSet<>();
        for (String word : list.strip().split("\\s+")) {
            words.add(word);
        }
        return Set.copyOf(words);
    }
}
