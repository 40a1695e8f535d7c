package io.aggregator.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.conversation.BotPhrases.Phrase;
import io.aggregator.domain.conversation.Decision.AskAboutManager;
import io.aggregator.domain.conversation.Decision.AskAi;
import io.aggregator.domain.conversation.Decision.BackToBot;
import io.aggregator.domain.conversation.Decision.HandOver;
import io.aggregator.domain.conversation.Decision.ReplyWithAi;
import io.aggregator.domain.conversation.Decision.ReplyWithFaq;
import io.aggregator.domain.conversation.Decision.StaySilent;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandoverPolicyTest {
    private static final HandoverPolicy POLICY = new HandoverPolicy(BotPhrases.defaults());
    private static final FaqAnswer OPENING_HOURS = new FaqAnswer(FaqId.newId(), "We open 7am-9pm daily.", 0.92);
    private static final UserId OLGA = UserId.newId();
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    private static TenantSettings settings(HandoverMode handoverMode, Language language, Map<String, ?> thresholds) {
        return new TenantSettings("", handoverMode, language, Thresholds.fromMap(thresholds));
    }

    private static TenantSettings settings(HandoverMode handoverMode, Language language) {
        return settings(handoverMode, language, Map.of());
    }

    private static final TenantSettings ASK = settings(HandoverMode.ASK, Language.EN);
    private static final TenantSettings IMMEDIATE = settings(HandoverMode.IMMEDIATE, Language.EN);

    private static String phrase(Phrase phrase, Language language) {
        return BotPhrases.defaults().text(phrase, language);
    }

    /** A customer's message, by default a question in a bot chat of a tenant with an AI, in mode ask. */
    private static final class Arrival {
        private ChatMode mode = ChatMode.BOT;
        private int replies;
        private String text = "When do you open?";
        private boolean attachments;
        private TenantSettings settings = ASK;
        private Optional<FaqAnswer> faq = Optional.empty();
        private boolean ai = true;

        static Arrival of(String text) {
            Arrival arrival = new Arrival();
            arrival.text = text;
            return arrival;
        }

        Arrival in(ChatMode chatMode) {
            mode = chatMode;
            return this;
        }

        Arrival afterReplies(int botReplies) {
            replies = botReplies;
            return this;
        }

        Arrival withAttachment() {
            attachments = true;
            return this;
        }

        Arrival tenant(TenantSettings tenantSettings) {
            settings = tenantSettings;
            return this;
        }

        Arrival faqAnswers(FaqAnswer answer) {
            faq = Optional.of(answer);
            return this;
        }

        Arrival withoutAi() {
            ai = false;
            return this;
        }

        Decision decide() {
            return POLICY.onCustomerMessage(new CustomerMessageArrived(mode, replies, text, attachments, settings,
                    faq, ai));
        }
    }

    private static AiAnswered aiAnswer(ChatMode mode, int replies, String text, boolean manager,
                                       OptionalDouble confidence, TenantSettings settings) {
        return new AiAnswered(mode, replies, text, manager, confidence, settings);
    }

    private static AiAnswered confidentAiAnswer(ChatMode mode, int replies, TenantSettings settings) {
        return aiAnswer(mode, replies, "A flat white is 3.50.", false, OptionalDouble.of(0.9), settings);
    }

    @Nested
    class ACustomerWritesToTheBot {

        @Test
        void givenBotMode_whenAnFaqMatches_thenRepliesWithItsAnswerAndCountsTheReply() {
            Decision decision = Arrival.of("opening hours?").afterReplies(2).faqAnswers(OPENING_HOURS).decide();

            assertThat(decision).isEqualTo(new ReplyWithFaq(OPENING_HOURS, 3, Optional.empty()));
            assertThat(decision.reason()).isEqualTo(Reason.FAQ_MATCHED);
            assertThat(decision.nextMode()).isEqualTo(ChatMode.BOT);
            assertThat(decision.botText()).contains("We open 7am-9pm daily.");
        }

        @Test
        void givenBotMode_whenNoFaqMatchesAndTheTenantHasAnAi_thenAsksTheAiAndSendsNothingYet() {
            Decision decision = Arrival.of("Do you have oat milk?").afterReplies(2).decide();

            assertThat(decision).isEqualTo(new AskAi(2, Optional.empty()));
            assertThat(decision.reason()).isEqualTo(Reason.NO_FAQ_MATCHED);
            assertThat(decision.botText()).isEmpty();
            assertThat(decision.transition()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void givenAskMode_whenBotHasNoAnswer_thenAsksCustomerAfterSayingItCannotAnswer(Language language) {
            Decision decision = Arrival.of("Do you have oat milk?").afterReplies(1).withoutAi()
                    .tenant(settings(HandoverMode.ASK, language)).decide();

            assertThat(decision).isInstanceOf(AskAboutManager.class);
            assertThat(decision.reason()).isEqualTo(Reason.NO_ANSWER);
            assertThat(decision.botText()).contains(phrase(Phrase.FALLBACK, language) + " "
                    + phrase(Phrase.HANDOVER_QUESTION, language));
            assertThat(decision.nextMode()).isEqualTo(ChatMode.AWAITING_CONFIRMATION);
            assertThat(decision.botRepliesSinceHandover()).isEqualTo(1);
            assertThat(decision.transition()).contains(new ChatTransition(ChatMode.BOT,
                    ChatMode.AWAITING_CONFIRMATION, Reason.NO_ANSWER, Actor.BOT));
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void givenImmediateMode_whenBotHasNoAnswer_thenHandsOverWithTheFallbackAndTheNotice(Language language) {
            Decision decision = Arrival.of("Do you have oat milk?").afterReplies(1).withoutAi()
                    .tenant(settings(HandoverMode.IMMEDIATE, language)).decide();

            assertThat(decision).isInstanceOf(HandOver.class);
            assertThat(decision.botText()).contains(phrase(Phrase.FALLBACK, language) + " "
                    + phrase(Phrase.HANDOVER_NOTICE, language));
            assertThat(decision.nextMode()).isEqualTo(ChatMode.MANAGER);
            assertThat(decision.botRepliesSinceHandover()).isZero();
            assertThat(decision.transition()).contains(new ChatTransition(ChatMode.BOT, ChatMode.MANAGER,
                    Reason.NO_ANSWER, Actor.BOT));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                ask       | en | Can I talk to a manager?
                immediate | en | human please
                ask       | ru | Позовите оператора
                immediate | ru | Хочу поговорить с человеком
                ask       | es | Quiero hablar con un humano
                immediate | es | Un agente, por favor
                ask       | fr | Je veux un conseiller
                immediate | fr | Un opérateur svp
                ask       | de | Bitte einen Mitarbeiter
                immediate | de | Ich will mit einem Menschen reden
                """)
        void givenEitherHandoverMode_whenCustomerAsksForAPerson_thenHandsOverAtOnceWithTheNotice(
                String handoverMode, String language, String text) {
            TenantSettings settings = settings(HandoverMode.fromCode(handoverMode), Language.fromCode(language));

            Decision decision = Arrival.of(text).afterReplies(3).faqAnswers(OPENING_HOURS).tenant(settings).decide();

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(ChatMode.BOT, ChatMode.MANAGER,
                    Reason.CUSTOMER_ASKED_FOR_HUMAN, Actor.CUSTOMER),
                    Optional.of(phrase(Phrase.HANDOVER_NOTICE, settings.language()))));
        }

        @Test
        void givenAskMode_whenAFileArrives_thenAsksCustomer() {
            Decision decision = Arrival.of("here is my receipt").withAttachment().faqAnswers(OPENING_HOURS).decide();

            assertThat(decision).isEqualTo(new AskAboutManager(Reason.ATTACHMENT_RECEIVED,
                    phrase(Phrase.HANDOVER_QUESTION, Language.EN), 0, Optional.of(new ChatTransition(ChatMode.BOT,
                    ChatMode.AWAITING_CONFIRMATION, Reason.ATTACHMENT_RECEIVED, Actor.CUSTOMER))));
        }

        @Test
        void givenImmediateMode_whenAFileWithoutTextArrives_thenHandsOver() {
            Decision decision = Arrival.of("").withAttachment().tenant(IMMEDIATE).decide();

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(ChatMode.BOT, ChatMode.MANAGER,
                    Reason.ATTACHMENT_RECEIVED, Actor.CUSTOMER),
                    Optional.of(phrase(Phrase.HANDOVER_NOTICE, Language.EN))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "0"})
        void givenHandoverOnAttachmentOff_whenAFileArrives_thenTheTextDecides(String off) {
            Object value = off.equals("0") ? (Object) 0 : (Object) Boolean.FALSE;
            TenantSettings settings = settings(HandoverMode.IMMEDIATE, Language.EN,
                    Map.of("handover_on_attachment", value));

            Decision decision = Arrival.of("photo of the menu: is this current?").withAttachment().tenant(settings)
                    .faqAnswers(OPENING_HOURS).decide();

            assertThat(decision).isEqualTo(new ReplyWithFaq(OPENING_HOURS, 1, Optional.empty()));
        }

        @Test
        void givenHandoverOnAttachmentOn_whenAFileArrives_thenHandsOverAsByDefault() {
            TenantSettings settings = settings(HandoverMode.IMMEDIATE, Language.EN, Map.of("handover_on_attachment", 1));

            assertThat(Arrival.of("look").withAttachment().tenant(settings).decide().reason())
                    .isEqualTo(Reason.ATTACHMENT_RECEIVED);
        }

        @ParameterizedTest
        @CsvSource({"ask, AWAITING_CONFIRMATION", "immediate, MANAGER"})
        void givenTheBotHasSentMaxResponses_whenCustomerWritesAgain_thenItStopsPerHandoverMode(
                String handoverMode, ChatMode next) {
            TenantSettings settings = settings(HandoverMode.fromCode(handoverMode), Language.EN,
                    Map.of("max_responses", 3));

            Decision decision = Arrival.of("and on Sundays?").afterReplies(3).faqAnswers(OPENING_HOURS)
                    .tenant(settings).decide();

            assertThat(decision.reason()).isEqualTo(Reason.MAX_RESPONSES_REACHED);
            assertThat(decision.nextMode()).isEqualTo(next);
            assertThat(decision.transition()).contains(new ChatTransition(ChatMode.BOT, next,
                    Reason.MAX_RESPONSES_REACHED, Actor.BOT));
            assertThat(decision.botText()).hasValueSatisfying(text -> assertThat(text)
                    .doesNotContain(phrase(Phrase.FALLBACK, Language.EN)));
        }

        @Test
        void givenOneReplyLeft_whenAnFaqMatches_thenTheBotUsesItsLastReply() {
            TenantSettings settings = settings(HandoverMode.ASK, Language.EN, Map.of("max_responses", 3));

            Decision decision = Arrival.of("hours?").afterReplies(2).faqAnswers(OPENING_HOURS).tenant(settings).decide();

            assertThat(decision).isEqualTo(new ReplyWithFaq(OPENING_HOURS, 3, Optional.empty()));
        }

        @Test
        void givenNoMaxResponses_whenTheBotHasRepliedOftenAlready_thenItKeepsAnswering() {
            assertThat(Arrival.of("hours?").afterReplies(5_000).faqAnswers(OPENING_HOURS).decide())
                    .isEqualTo(new ReplyWithFaq(OPENING_HOURS, 5_001, Optional.empty()));
        }

        @Test
        void givenSeveralReasonsToStop_thenWordsBeatFilesAndFilesBeatTheLimitAndTheLimitBeatsAnFaq() {
            TenantSettings settings = settings(HandoverMode.ASK, Language.EN, Map.of("max_responses", 1));

            assertThat(Arrival.of("manager, see photo").withAttachment().afterReplies(1).tenant(settings).decide())
                    .isInstanceOf(HandOver.class)
                    .extracting(Decision::reason).isEqualTo(Reason.CUSTOMER_ASKED_FOR_HUMAN);
            assertThat(Arrival.of("see photo").withAttachment().afterReplies(1).tenant(settings).decide().reason())
                    .isEqualTo(Reason.ATTACHMENT_RECEIVED);
            assertThat(Arrival.of("hours?").afterReplies(1).faqAnswers(OPENING_HOURS).tenant(settings).decide()
                    .reason()).isEqualTo(Reason.MAX_RESPONSES_REACHED);
        }

        @Test
        void givenAnFaqAnswerAndAnAi_thenTheFaqAnswersWithoutAskingTheAi() {
            assertThat(Arrival.of("hours?").faqAnswers(OPENING_HOURS).decide()).isInstanceOf(ReplyWithFaq.class);
        }

        @Test
        void givenTheTenantsOwnPhrases_whenTheBotAsks_thenItUsesThem() {
            HandoverPolicy policy = new HandoverPolicy(BotPhrases.withOverrides(Map.of(
                    "phrase.handover_question", "Shall I call Olga?", "phrase.fallback", "Hmm, no idea.")));

            Decision decision = policy.onCustomerMessage(new CustomerMessageArrived(ChatMode.BOT, 0, "oat milk?",
                    false, settings(HandoverMode.ASK, Language.DE), Optional.empty(), false));

            assertThat(decision.botText()).contains("Hmm, no idea. Shall I call Olga?");
        }
    }

    @Nested
    class ACustomerAnswersWhetherTheyWantAManager {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                EN | Yes please
                RU | Да
                ES | Sí, gracias
                FR | oui
                DE | Ja gerne
                """)
        void givenAwaitingConfirmation_whenCustomerSaysYesInAnyLanguage_thenHandsOverWithTheNotice(
                Language language, String yes) {
            Decision decision = Arrival.of(yes).in(ChatMode.AWAITING_CONFIRMATION).afterReplies(4)
                    .tenant(settings(HandoverMode.ASK, language)).decide();

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(ChatMode.AWAITING_CONFIRMATION,
                    ChatMode.MANAGER, Reason.CUSTOMER_CONFIRMED, Actor.CUSTOMER),
                    Optional.of(phrase(Phrase.HANDOVER_NOTICE, language))));
            assertThat(decision.botRepliesSinceHandover()).isZero();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                EN | no thanks
                EN | No manager, thanks
                RU | нет, спасибо
                ES | No
                FR | Non merci
                DE | nein
                """)
        void givenAwaitingConfirmation_whenCustomerSaysNoInAnyLanguage_thenBackToTheBotWithAFreshCount(
                Language language, String no) {
            Decision decision = Arrival.of(no).in(ChatMode.AWAITING_CONFIRMATION).afterReplies(4)
                    .tenant(settings(HandoverMode.ASK, language)).decide();

            assertThat(decision).isEqualTo(new BackToBot(new ChatTransition(ChatMode.AWAITING_CONFIRMATION,
                    ChatMode.BOT, Reason.CUSTOMER_DECLINED, Actor.CUSTOMER),
                    Optional.of(phrase(Phrase.BOT_CONTINUES, language))));
            assertThat(decision.botRepliesSinceHandover()).isZero();
        }

        @Test
        void givenAwaitingConfirmation_whenCustomerAsksSomethingElse_thenTheFaqAnswersAndTheBotIsBack() {
            Decision decision = Arrival.of("When do you open?").in(ChatMode.AWAITING_CONFIRMATION).afterReplies(2)
                    .faqAnswers(OPENING_HOURS).decide();

            assertThat(decision).isEqualTo(new ReplyWithFaq(OPENING_HOURS, 3, Optional.of(new ChatTransition(
                    ChatMode.AWAITING_CONFIRMATION, ChatMode.BOT, Reason.CUSTOMER_MOVED_ON, Actor.CUSTOMER))));
        }

        @Test
        void givenAwaitingConfirmation_whenCustomerAsksSomethingNoFaqAnswers_thenTheAiIsAskedAndTheBotIsBack() {
            Decision decision = Arrival.of("Do you sell beans?").in(ChatMode.AWAITING_CONFIRMATION).afterReplies(2)
                    .decide();

            assertThat(decision).isEqualTo(new AskAi(2, Optional.of(new ChatTransition(
                    ChatMode.AWAITING_CONFIRMATION, ChatMode.BOT, Reason.CUSTOMER_MOVED_ON, Actor.CUSTOMER))));
        }

        @Test
        void givenAwaitingConfirmation_whenTheNewQuestionHasNoAnswer_thenAsksAgainWithoutATransition() {
            Decision decision = Arrival.of("Do you sell beans?").in(ChatMode.AWAITING_CONFIRMATION).afterReplies(2)
                    .withoutAi().decide();

            assertThat(decision).isEqualTo(new AskAboutManager(Reason.NO_ANSWER, phrase(Phrase.FALLBACK, Language.EN)
                    + " " + phrase(Phrase.HANDOVER_QUESTION, Language.EN), 2, Optional.empty()));
        }

        @Test
        void givenAwaitingConfirmation_whenCustomerAsksForAPersonInOtherWords_thenHandsOver() {
            Decision decision = Arrival.of("Just get me an operator").in(ChatMode.AWAITING_CONFIRMATION).decide();

            assertThat(decision.transition()).contains(new ChatTransition(ChatMode.AWAITING_CONFIRMATION,
                    ChatMode.MANAGER, Reason.CUSTOMER_ASKED_FOR_HUMAN, Actor.CUSTOMER));
        }

        @Test
        void givenBotMode_whenCustomerSaysYes_thenItIsJustAMessageForTheBot() {
            assertThat(Arrival.of("yes").decide()).isEqualTo(new AskAi(0, Optional.empty()));
        }
    }

    @Nested
    class AManagerHandlesTheChat {

        @ParameterizedTest
        @ValueSource(strings = {"When do you open?", "manager!!", "yes", "no"})
        void givenManagerMode_whenCustomerWritesAnything_thenTheBotStaysSilent(String text) {
            Decision decision = Arrival.of(text).in(ChatMode.MANAGER).withAttachment().faqAnswers(OPENING_HOURS)
                    .decide();

            assertThat(decision).isEqualTo(new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER, 0));
        }

        @ParameterizedTest
        @EnumSource(value = ChatMode.class, names = {"BOT", "AWAITING_CONFIRMATION"})
        void givenTheBotAnswers_whenAManagerReplies_thenTheManagerHasTheChatAtOnceWithoutANotice(ChatMode mode) {
            Decision decision = POLICY.onManagerReply(new ManagerActed(mode, 4, OLGA));

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(mode, ChatMode.MANAGER,
                    Reason.MANAGER_REPLIED, Actor.manager(OLGA)), Optional.empty()));
            assertThat(decision.botRepliesSinceHandover()).isZero();
        }

        @ParameterizedTest
        @EnumSource(value = ChatMode.class, names = {"BOT", "AWAITING_CONFIRMATION"})
        void givenTheBotAnswers_whenAManagerTakesOver_thenTheManagerHasTheChatAndTheCountStartsAgain(ChatMode mode) {
            Decision decision = POLICY.onManagerTakeover(new ManagerActed(mode, 4, OLGA));

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(mode, ChatMode.MANAGER,
                    Reason.MANAGER_TOOK_OVER, Actor.manager(OLGA)), Optional.empty()));
            assertThat(decision.botRepliesSinceHandover()).isZero();
        }

        @Test
        void givenManagerMode_whenAManagerRepliesOrTakesOver_thenNothingChanges() {
            StaySilent unchanged = new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER, 0);

            assertThat(POLICY.onManagerReply(new ManagerActed(ChatMode.MANAGER, 0, OLGA))).isEqualTo(unchanged);
            assertThat(POLICY.onManagerTakeover(new ManagerActed(ChatMode.MANAGER, 0, OLGA))).isEqualTo(unchanged);
        }

        @ParameterizedTest
        @EnumSource(value = ChatMode.class, names = {"MANAGER", "AWAITING_CONFIRMATION"})
        void givenAManagerGivesTheChatBack_thenTheBotAnswersWithAFreshCountAndSaysNothing(ChatMode mode) {
            Decision decision = POLICY.onManagerGiveBack(new ManagerActed(mode, 2, OLGA));

            assertThat(decision).isEqualTo(new BackToBot(new ChatTransition(mode, ChatMode.BOT,
                    Reason.MANAGER_GAVE_BACK, Actor.manager(OLGA)), Optional.empty()));
            assertThat(decision.botRepliesSinceHandover()).isZero();
        }

        @Test
        void givenBotMode_whenAManagerGivesTheChatBack_thenNothingChanges() {
            assertThat(POLICY.onManagerGiveBack(new ManagerActed(ChatMode.BOT, 2, OLGA)))
                    .isEqualTo(new StaySilent(Reason.BOT_ALREADY_ANSWERS, ChatMode.BOT, 2));
        }
    }

    @Nested
    class TheAiAnswers {

        @Test
        void givenBotMode_whenTheAiAnswersConfidently_thenRepliesAndCountsTheReply() {
            Decision decision = POLICY.onAiAnswer(confidentAiAnswer(ChatMode.BOT, 1, ASK));

            assertThat(decision).isEqualTo(new ReplyWithAi("A flat white is 3.50.", ChatMode.BOT, 2));
            assertThat(decision.reason()).isEqualTo(Reason.AI_ANSWERED);
            assertThat(decision.transition()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"ask, AWAITING_CONFIRMATION", "immediate, MANAGER"})
        void givenTheAiAsksForAManager_thenItsTextIsNotSentAndTheBotStopsPerHandoverMode(
                String handoverMode, ChatMode next) {
            TenantSettings settings = settings(HandoverMode.fromCode(handoverMode), Language.FR);

            Decision decision = POLICY.onAiAnswer(aiAnswer(ChatMode.BOT, 1, "Let me get someone.", true,
                    OptionalDouble.of(0.99), settings));

            assertThat(decision.transition()).contains(new ChatTransition(ChatMode.BOT, next,
                    Reason.AI_ASKED_FOR_MANAGER, Actor.BOT));
            assertThat(decision.botText()).hasValueSatisfying(text -> assertThat(text)
                    .doesNotContain("Let me get someone.")
                    .isIn(phrase(Phrase.HANDOVER_QUESTION, Language.FR), phrase(Phrase.HANDOVER_NOTICE, Language.FR)));
        }

        @ParameterizedTest
        @CsvSource({"0.59, true", "0.6, false", "0.95, false"})
        void givenAnEscalationThreshold_whenTheAiIsLessConfident_thenTheBotAsksInsteadOfAnswering(
                double confidence, boolean escalated) {
            TenantSettings settings = settings(HandoverMode.ASK, Language.EN, Map.of("escalation_threshold", 0.6));

            Decision decision = POLICY.onAiAnswer(aiAnswer(ChatMode.BOT, 0, "Probably 3.50?", false,
                    OptionalDouble.of(confidence), settings));

            assertThat(decision.reason()).isEqualTo(escalated ? Reason.LOW_AI_CONFIDENCE : Reason.AI_ANSWERED);
            assertThat(decision.nextMode()).isEqualTo(escalated ? ChatMode.AWAITING_CONFIRMATION : ChatMode.BOT);
        }

        @Test
        void givenNoConfidenceOrNoThreshold_thenTheAnswerIsSent() {
            TenantSettings threshold = settings(HandoverMode.ASK, Language.EN, Map.of("escalation_threshold", 0.6));

            assertThat(POLICY.onAiAnswer(aiAnswer(ChatMode.BOT, 0, "3.50", false, OptionalDouble.empty(), threshold)))
                    .isInstanceOf(ReplyWithAi.class);
            assertThat(POLICY.onAiAnswer(aiAnswer(ChatMode.BOT, 0, "3.50", false, OptionalDouble.of(0.01), ASK)))
                    .isInstanceOf(ReplyWithAi.class);
        }

        @Test
        void givenImmediateMode_whenTheAiSaysNothing_thenHandsOverWithTheFallback() {
            Decision decision = POLICY.onAiAnswer(aiAnswer(ChatMode.BOT, 0, "  ", false, OptionalDouble.empty(),
                    IMMEDIATE));

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(ChatMode.BOT, ChatMode.MANAGER,
                    Reason.NO_ANSWER, Actor.BOT), Optional.of(phrase(Phrase.FALLBACK, Language.EN) + " "
                    + phrase(Phrase.HANDOVER_NOTICE, Language.EN))));
        }

        @Test
        void givenTheBotUsedItsRepliesWhileTheAiThought_whenTheAiAnswers_thenTheBotStopsInstead() {
            TenantSettings settings = settings(HandoverMode.IMMEDIATE, Language.EN, Map.of("max_responses", 2));

            assertThat(POLICY.onAiAnswer(confidentAiAnswer(ChatMode.BOT, 1, settings)))
                    .isEqualTo(new ReplyWithAi("A flat white is 3.50.", ChatMode.BOT, 2));
            assertThat(POLICY.onAiAnswer(confidentAiAnswer(ChatMode.BOT, 2, settings)).transition())
                    .contains(new ChatTransition(ChatMode.BOT, ChatMode.MANAGER, Reason.MAX_RESPONSES_REACHED,
                            Actor.BOT));
        }

        @Test
        void givenAwaitingConfirmation_whenTheAiAnswersConfidently_thenTheAnswerIsSentAndTheQuestionStays() {
            assertThat(POLICY.onAiAnswer(confidentAiAnswer(ChatMode.AWAITING_CONFIRMATION, 1, ASK)))
                    .isEqualTo(new ReplyWithAi("A flat white is 3.50.", ChatMode.AWAITING_CONFIRMATION, 2));
        }

        @Test
        void givenAwaitingConfirmation_whenTheAiWouldEscalate_thenTheBotDoesNotAskTwice() {
            assertThat(POLICY.onAiAnswer(aiAnswer(ChatMode.AWAITING_CONFIRMATION, 1, "", true, OptionalDouble.empty(),
                    ASK))).isEqualTo(new StaySilent(Reason.QUESTION_PENDING, ChatMode.AWAITING_CONFIRMATION, 1));
        }

        @Test
        void givenManagerMode_whenTheAiAnswersLate_thenNothingIsSent() {
            assertThat(POLICY.onAiAnswer(confidentAiAnswer(ChatMode.MANAGER, 0, ASK)))
                    .isEqualTo(new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER, 0));
        }
    }

    @Nested
    class TheAiTimesOut {

        @ParameterizedTest
        @EnumSource(Language.class)
        void givenAskMode_whenTheAiTimesOut_thenSaysItCannotAnswerAndAsks(Language language) {
            Decision decision = POLICY.onAiTimeout(new AiTimedOut(ChatMode.BOT, 2,
                    settings(HandoverMode.ASK, language)));

            assertThat(decision).isEqualTo(new AskAboutManager(Reason.AI_TIMEOUT, phrase(Phrase.FALLBACK, language)
                    + " " + phrase(Phrase.HANDOVER_QUESTION, language), 2, Optional.of(new ChatTransition(
                    ChatMode.BOT, ChatMode.AWAITING_CONFIRMATION, Reason.AI_TIMEOUT, Actor.SYSTEM))));
        }

        @Test
        void givenImmediateMode_whenTheAiTimesOut_thenSaysItCannotAnswerAndHandsOver() {
            Decision decision = POLICY.onAiTimeout(new AiTimedOut(ChatMode.BOT, 2, IMMEDIATE));

            assertThat(decision).isEqualTo(new HandOver(new ChatTransition(ChatMode.BOT, ChatMode.MANAGER,
                    Reason.AI_TIMEOUT, Actor.SYSTEM), Optional.of(phrase(Phrase.FALLBACK, Language.EN) + " "
                    + phrase(Phrase.HANDOVER_NOTICE, Language.EN))));
        }

        @Test
        void givenTheBotAlreadyAskedOrAManagerHasTheChat_whenTheAiTimesOut_thenNothingHappens() {
            assertThat(POLICY.onAiTimeout(new AiTimedOut(ChatMode.AWAITING_CONFIRMATION, 1, ASK)))
                    .isEqualTo(new StaySilent(Reason.QUESTION_PENDING, ChatMode.AWAITING_CONFIRMATION, 1));
            assertThat(POLICY.onAiTimeout(new AiTimedOut(ChatMode.MANAGER, 0, ASK)))
                    .isEqualTo(new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER, 0));
        }

        @Test
        void theTimeoutIsTheTenantsResponseTimeoutOrThirtySeconds() {
            assertThat(POLICY.responseTimeout(ASK)).isEqualTo(Duration.ofSeconds(30));
            assertThat(POLICY.responseTimeout(settings(HandoverMode.ASK, Language.EN, Map.of("response_timeout", 90))))
                    .isEqualTo(Duration.ofSeconds(90));
        }
    }

    @Nested
    class TheCustomerFallsSilent {
        private final Instant lastWrote = NOW.minus(Duration.ofHours(1));

        private Decision checkAfter(Duration silence, ChatMode mode, Map<String, ?> thresholds) {
            return POLICY.onInactivityCheck(new InactivityCheck(mode, 0, lastWrote, lastWrote.plus(silence),
                    settings(HandoverMode.ASK, Language.EN, thresholds)));
        }

        @Test
        void givenAHandedOverChat_whenTheCustomerWasSilentForTenMinutes_thenItReturnsToTheBotSilently() {
            Decision decision = checkAfter(Duration.ofMinutes(10), ChatMode.MANAGER, Map.of());

            assertThat(decision).isEqualTo(new BackToBot(new ChatTransition(ChatMode.MANAGER, ChatMode.BOT,
                    Reason.INACTIVITY, Actor.SYSTEM), Optional.empty()));
        }

        @Test
        void givenAHandedOverChat_whenTheCustomerWroteLessThanTenMinutesAgo_thenItStaysWithTheManager() {
            assertThat(checkAfter(Duration.ofMinutes(10).minusMillis(1), ChatMode.MANAGER, Map.of()))
                    .isEqualTo(new StaySilent(Reason.CUSTOMER_RECENTLY_ACTIVE, ChatMode.MANAGER, 0));
        }

        @Test
        void givenTheTenantsOwnMinutes_thenTheyCount() {
            Map<String, Integer> halfAnHour = Map.of("reactivate_after_minutes", 30);

            assertThat(checkAfter(Duration.ofMinutes(29), ChatMode.MANAGER, halfAnHour).reason())
                    .isEqualTo(Reason.CUSTOMER_RECENTLY_ACTIVE);
            assertThat(checkAfter(Duration.ofMinutes(30), ChatMode.MANAGER, halfAnHour).reason())
                    .isEqualTo(Reason.INACTIVITY);
        }

        @Test
        void givenZeroMinutes_thenAHandedOverChatNeverReturnsByItself() {
            assertThat(checkAfter(Duration.ofDays(365), ChatMode.MANAGER, Map.of("reactivate_after_minutes", 0)))
                    .isEqualTo(new StaySilent(Reason.REACTIVATION_OFF, ChatMode.MANAGER, 0));
        }

        @ParameterizedTest
        @EnumSource(value = ChatMode.class, names = {"BOT", "AWAITING_CONFIRMATION"})
        void givenAChatTheBotHas_thenThereIsNothingToReturn(ChatMode mode) {
            assertThat(checkAfter(Duration.ofDays(1), mode, Map.of()))
                    .isEqualTo(new StaySilent(Reason.NOT_HANDED_OVER, mode, 0));
        }

        @Test
        void aChatIsDueFromItsCustomersLastMessageOrElseFromItsStart() {
            Chat neverWrote = Chat.start(Channel.of("web"), "visitor-1", Customer.anonymous(), lastWrote)
                    .withMode(ChatMode.MANAGER);
            Chat wroteLater = new Chat(neverWrote.id(), neverWrote.channel(), "visitor-1", Customer.anonymous(),
                    ChatMode.MANAGER, 0, false, lastWrote, NOW, NOW.minus(Duration.ofMinutes(5)));

            assertThat(POLICY.isDueForReactivation(neverWrote, ASK, NOW)).isTrue();
            assertThat(POLICY.isDueForReactivation(wroteLater, ASK, NOW)).isFalse();
            assertThat(POLICY.isDueForReactivation(wroteLater, ASK, NOW.plus(Duration.ofMinutes(5)))).isTrue();
            assertThat(POLICY.isDueForReactivation(neverWrote.withMode(ChatMode.BOT), ASK, NOW)).isFalse();
        }
    }

    @Test
    void aDecisionAppliedToAChatSetsItsModeAndCount() {
        Chat chat = Chat.start(Channel.of("telegram"), "42", Customer.anonymous(), NOW).withBotRepliesSinceHandover(3);

        Chat handedOver = Arrival.of("operator").afterReplies(3).decide().applyTo(chat);

        assertThat(handedOver.mode()).isEqualTo(ChatMode.MANAGER);
        assertThat(handedOver.botRepliesSinceHandover()).isZero();
        assertThat(handedOver.id()).isEqualTo(chat.id());
    }

    @Test
    void theInputsCanBeTakenFromTheChatAndTheMessage() {
        Chat chat = Chat.start(Channel.of("telegram"), "42", Customer.anonymous(), NOW)
                .withMode(ChatMode.AWAITING_CONFIRMATION).withBotRepliesSinceHandover(2);
        Message photo = new Message(MessageId.newId(), chat.id(), Author.CUSTOMER, null, null, "",
                List.of(new Attachment("image", null, "tg-file-1", null)), "17", NOW, NOW, null);

        assertThat(CustomerMessageArrived.of(chat, photo, ASK, Optional.empty(), true)).isEqualTo(
                new CustomerMessageArrived(ChatMode.AWAITING_CONFIRMATION, 2, "", true, ASK, Optional.empty(), true));
        assertThat(AiAnswered.of(chat, "hi", false, OptionalDouble.empty(), ASK))
                .isEqualTo(new AiAnswered(ChatMode.AWAITING_CONFIRMATION, 2, "hi", false, OptionalDouble.empty(), ASK));
        assertThat(AiTimedOut.of(chat, ASK)).isEqualTo(new AiTimedOut(ChatMode.AWAITING_CONFIRMATION, 2, ASK));
        assertThat(ManagerActed.of(chat, OLGA)).isEqualTo(new ManagerActed(ChatMode.AWAITING_CONFIRMATION, 2, OLGA));
    }
}
