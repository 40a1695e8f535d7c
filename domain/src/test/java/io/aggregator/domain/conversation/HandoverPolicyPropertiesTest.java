package io.aggregator.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.conversation.Decision.AskAboutManager;
import io.aggregator.domain.conversation.Decision.BackToBot;
import io.aggregator.domain.conversation.Decision.HandOver;
import io.aggregator.domain.conversation.Decision.ReplyWithAi;
import io.aggregator.domain.conversation.Decision.ReplyWithFaq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The state machine's promises, checked over many random events and tenants. The seeds are fixed, so a
 * failure names its seed and step and can be replayed exactly.
 */
class HandoverPolicyPropertiesTest {
    private static final int STEPS = 3_000;
    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    private static final List<String> FILLER = List.of("the", "coffee", "latte", "5", "please", "?", "when",
            "open", "price", "кофе", "café", "Kuchen", "ok", "!", "table");

    /** One event the policy decided, with what it was decided from. */
    private record Step(String event, ChatMode mode, int replies, TenantSettings settings, Decision decision) {
        OptionalInt max() {
            return settings.thresholds().maxResponses();
        }

        @Override
        public String toString() {
            return event + " in " + mode.code() + " after " + replies + " replies, " + settings + " -> " + decision;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026, 31_337})
    void givenAnyEventInAnyState_thenEveryModeChangeHasExactlyOneMatchingTransition(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < STEPS; i++) {
            Step step = randomStep(random, randomMode(random), random.nextInt(8), randomSettings(random));
            Decision decision = step.decision();

            Supplier<String> context = at("seed " + seed + " step " + i, step);
            assertThat(decision.transition().isPresent()).as(context).isEqualTo(decision.nextMode() != step.mode());
            decision.transition().ifPresent(change -> {
                assertThat(change.from()).as(context).isEqualTo(step.mode());
                assertThat(change.to()).as(context).isEqualTo(decision.nextMode());
            });
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 99, 2027, 65_537})
    void givenManagerMode_whateverHappens_thenTheBotSendsNoText(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < STEPS; i++) {
            Step step = randomStep(random, ChatMode.MANAGER, random.nextInt(3), randomSettings(random));

            assertThat(step.decision().botText()).as(at("seed " + seed + " step " + i, step)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 13, 123, 4_096, 77_777})
    void givenAnyEvent_thenTheCountRisesOnlyByAReplyAndNeverBeyondMaxResponses(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < STEPS; i++) {
            Step step = randomStep(random, randomMode(random), random.nextInt(8), randomSettings(random));
            Decision decision = step.decision();
            Supplier<String> context = at("seed " + seed + " step " + i, step);

            boolean replied = decision instanceof ReplyWithFaq || decision instanceof ReplyWithAi;
            assertThat(decision.botRepliesSinceHandover()).as(context)
                    .isEqualTo(replied ? step.replies() + 1
                            : decision instanceof HandOver || decision instanceof BackToBot ? 0 : step.replies());
            if (replied && step.max().isPresent()) {
                assertThat(decision.botRepliesSinceHandover()).as(context).isLessThanOrEqualTo(step.max().getAsInt());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {17, 257, 1_000, 8_191, 424_242})
    void givenTheBotUsedItsReplies_whenTheCustomerWritesToTheBot_thenItHandsOverOrAsks(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < STEPS; i++) {
            int max = 1 + random.nextInt(5);
            TenantSettings settings = settings(random, Map.of("max_responses", max));
            int replies = max + random.nextInt(3);
            HandoverPolicy policy = new HandoverPolicy(BotPhrases.defaults());
            CustomerMessageArrived message = new CustomerMessageArrived(ChatMode.BOT, replies, randomText(random),
                    random.nextBoolean(), settings, randomFaq(random), random.nextBoolean());

            assertThat(policy.onCustomerMessage(message)).as(at("seed " + seed + " step " + i, message))
                    .isInstanceOfAny(HandOver.class, AskAboutManager.class);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 19, 404, 9_001, 271_828})
    void givenARandomLifeOfAChat_thenItsCountStaysWithinMaxResponsesAndItsTransitionsChain(long seed) {
        Random random = new Random(seed);
        for (int life = 0; life < 30; life++) {
            int max = 1 + random.nextInt(6);
            TenantSettings settings = settings(random, Map.of("max_responses", max));
            ChatMode mode = ChatMode.BOT;
            int replies = 0;
            for (int i = 0; i < 200; i++) {
                Step step = randomStep(random, mode, replies, settings);
                Supplier<String> context = at("seed " + seed + " life " + life + " step " + i, step);

                assertThat(step.decision().botRepliesSinceHandover()).as(context).isLessThanOrEqualTo(max);
                if (mode == ChatMode.MANAGER) {
                    assertThat(step.decision().botText()).as(context).isEmpty();
                }
                ChatMode before = mode;
                step.decision().transition().ifPresent(change -> assertThat(change.from()).as(context)
                        .isEqualTo(before));
                mode = step.decision().nextMode();
                replies = step.decision().botRepliesSinceHandover();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {23, 64, 512, 6_174, 99_991})
    void givenTheSameEventTwice_thenTheDecisionIsTheSame(long seed) {
        for (int i = 0; i < 500; i++) {
            ChatMode mode = randomMode(new Random(seed + i));
            Step first = randomStep(new Random(seed + i), mode, 2, randomSettings(new Random(seed - i)));
            Step again = randomStep(new Random(seed + i), mode, 2, randomSettings(new Random(seed - i)));

            assertThat(again.decision()).as(at("seed " + seed + " step " + i, first)).isEqualTo(first.decision());
        }
    }

    private static Step randomStep(Random random, ChatMode mode, int replies, TenantSettings settings) {
        HandoverPolicy policy = new HandoverPolicy(random.nextInt(4) == 0
                ? BotPhrases.withOverrides(Map.of("phrase.handover_question", "Olga?", "phrase.fallback", "Hm."))
                : BotPhrases.defaults());
        UserId manager = new UserId(new UUID(random.nextLong(), random.nextLong()));
        List<Supplier<Step>> events = new ArrayList<>();
        events.add(() -> {
            CustomerMessageArrived message = new CustomerMessageArrived(mode, replies, randomText(random),
                    random.nextInt(4) == 0, settings, randomFaq(random), random.nextBoolean());
            return new Step("customer wrote '" + message.text() + "'" + (message.hasAttachments() ? " with a file" : "")
                    + (message.faqAnswer().isPresent() ? ", an FAQ matched" : "")
                    + (message.aiConfigured() ? ", AI configured" : ""), mode, replies, settings,
                    policy.onCustomerMessage(message));
        });
        events.add(() -> {
            String text = random.nextInt(6) == 0 ? " " : "AI says " + random.nextInt(100);
            OptionalDouble confidence = random.nextBoolean() ? OptionalDouble.of(random.nextDouble())
                    : OptionalDouble.empty();
            boolean managerFlag = random.nextInt(5) == 0;
            return new Step("AI answered '" + text + "' " + confidence + (managerFlag ? " asking for a manager" : ""),
                    mode, replies, settings, policy.onAiAnswer(new AiAnswered(mode, replies, text, managerFlag,
                    confidence, settings)));
        });
        events.add(() -> new Step("AI timed out", mode, replies, settings,
                policy.onAiTimeout(new AiTimedOut(mode, replies, settings))));
        events.add(() -> new Step("manager replied", mode, replies, settings,
                policy.onManagerReply(new ManagerActed(mode, replies, manager))));
        events.add(() -> new Step("manager took over", mode, replies, settings,
                policy.onManagerTakeover(new ManagerActed(mode, replies, manager))));
        events.add(() -> new Step("manager gave back", mode, replies, settings,
                policy.onManagerGiveBack(new ManagerActed(mode, replies, manager))));
        events.add(() -> {
            Duration silence = Duration.ofMinutes(random.nextInt(40));
            return new Step("checked after " + silence + " of silence", mode, replies, settings,
                    policy.onInactivityCheck(new InactivityCheck(mode, replies, START, START.plus(silence), settings)));
        });
        // customers write far more often than anything else happens
        int pick = random.nextInt(events.size() + 3);
        Step step = events.get(Math.max(0, pick - 3)).get();
        step.decision().botText().ifPresent(text -> assertThat(text).as(step::toString).isNotBlank()
                .hasSizeLessThanOrEqualTo(Message.MAX_TEXT_LENGTH));
        return step;
    }

    /** Where a failure happened and what was decided, written only when an assertion fails. */
    private static Supplier<String> at(String where, Object what) {
        return () -> where + ": " + what;
    }

    private static ChatMode randomMode(Random random) {
        return ChatMode.values()[random.nextInt(ChatMode.values().length)];
    }

    private static TenantSettings randomSettings(Random random) {
        Map<String, Object> thresholds = new HashMap<>();
        if (random.nextBoolean()) {
            thresholds.put("max_responses", 1 + random.nextInt(6));
        }
        return settings(random, thresholds);
    }

    /** A random tenant; {@code fixed} thresholds are kept, the others drawn. */
    private static TenantSettings settings(Random random, Map<String, ?> fixed) {
        Map<String, Object> thresholds = new HashMap<>();
        if (random.nextBoolean()) {
            thresholds.put("escalation_threshold", Math.round(random.nextDouble() * 100) / 100.0);
        }
        if (random.nextBoolean()) {
            thresholds.put("handover_on_attachment", random.nextBoolean());
        }
        if (random.nextBoolean()) {
            thresholds.put("reactivate_after_minutes", random.nextInt(31));
        }
        thresholds.putAll(fixed);
        return new TenantSettings("", random.nextBoolean() ? HandoverMode.ASK : HandoverMode.IMMEDIATE,
                Language.values()[random.nextInt(Language.values().length)], Thresholds.fromMap(thresholds));
    }

    /**
     * Up to eight words, mostly ordinary ones and sometimes one of a language's lists, so that questions,
     * answers and requests for a person all come up.
     */
    private static String randomText(Random random) {
        Language language = Language.values()[random.nextInt(Language.values().length)];
        List<List<String>> lists = List.of(List.copyOf(Lexicon.humanWords(language)),
                List.copyOf(Lexicon.yesWords(language)), List.copyOf(Lexicon.noWords(language)));
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(9);
        for (int i = 0; i < words; i++) {
            List<String> pool = random.nextInt(10) < 8 ? FILLER : lists.get(random.nextInt(lists.size()));
            text.append(i == 0 ? "" : " ").append(pool.get(random.nextInt(pool.size())));
        }
        return text.toString();
    }

    private static Optional<FaqAnswer> randomFaq(Random random) {
        return random.nextBoolean()
                ? Optional.of(new FaqAnswer(new FaqId(new UUID(random.nextLong(), random.nextLong())),
                "FAQ answer " + random.nextInt(10), random.nextDouble()))
                : Optional.empty();
    }
}
