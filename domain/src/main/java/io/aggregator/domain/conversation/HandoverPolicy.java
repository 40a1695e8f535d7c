package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.BotPhrases.Phrase;
import io.aggregator.domain.conversation.Decision.AskAboutManager;
import io.aggregator.domain.conversation.Decision.AskAi;
import io.aggregator.domain.conversation.Decision.BackToBot;
import io.aggregator.domain.conversation.Decision.HandOver;
import io.aggregator.domain.conversation.Decision.ReplyWithAi;
import io.aggregator.domain.conversation.Decision.ReplyWithFaq;
import io.aggregator.domain.conversation.Decision.StaySilent;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who answers a chat, event by event: the bot (from an FAQ or through the tenant's AI), or a manager.
 * Each method takes one kind of event and returns a {@link Decision} with its reason; it changes
 * nothing itself, so the caller applies the decision, records the transition and sends the text in one
 * transaction. The state machine is described in {@code docs/conversation.md}.
 *
 * <p>The bot stops when the customer asks for a person in words, sends a file, has had
 * {@code max_responses} replies since the last handover, or when nothing can answer; the AI stops it
 * by asking for a manager, by answering below {@code escalation_threshold} or by not answering within
 * {@code response_timeout}. A request in words hands over at once; every other reason hands over at
 * once in handover mode {@code immediate} and asks the customer first in mode {@code ask}.
 */
public final class HandoverPolicy {
    /** How long the AI may take when the tenant set no {@code response_timeout}. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    /** Files hand the chat over unless the tenant switched {@code handover_on_attachment} off. */
    public static final boolean DEFAULT_HANDOVER_ON_ATTACHMENT = true;
    /** Minutes of customer silence after which a handed-over chat returns to the bot, unless set. */
    public static final int DEFAULT_REACTIVATE_AFTER_MINUTES = 10;

    private final BotPhrases phrases;

    /** A policy speaking with the tenant's phrases ({@link BotPhrases#defaults()} if it wrote none). */
    public HandoverPolicy(BotPhrases phrases) {
        this.phrases = Require.present("phrases", phrases);
    }

    /**
     * A customer wrote. With a manager, the message waits for the manager. Asked whether they want a
     * manager, a yes hands over, a no returns to the bot, and anything else is a new question, decided
     * as the bot would decide it.
     */
    public Decision onCustomerMessage(CustomerMessageArrived message) {
        Require.present("message", message);
        return switch (message.mode()) {
            case MANAGER -> new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER,
                    message.botRepliesSinceHandover());
            case AWAITING_CONFIRMATION -> Lexicon.yesOrNo(message.text())
                    .map(answer -> answerToTheQuestion(answer, message.settings()))
                    .orElseGet(() -> asTheBot(message));
            case BOT -> asTheBot(message);
        };
    }

    /**
     * The AI answered. Its answer is sent unless the AI asked for a manager, is less confident than the
     * tenant's {@code escalation_threshold}, said nothing, or the bot has used up its replies. A chat
     * that a manager has taken meanwhile gets nothing; one that waits for the customer's yes or no gets
     * a confident answer but is not asked again.
     */
    public Decision onAiAnswer(AiAnswered answer) {
        Require.present("answer", answer);
        if (answer.mode() == ChatMode.MANAGER) {
            return new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER, answer.botRepliesSinceHandover());
        }
        Optional<Reason> escalation = aiEscalation(answer);
        if (escalation.isEmpty()) {
            return new ReplyWithAi(answer.text(), answer.mode(), answer.botRepliesSinceHandover() + 1);
        }
        if (answer.mode() == ChatMode.AWAITING_CONFIRMATION) {
            return new StaySilent(Reason.QUESTION_PENDING, answer.mode(), answer.botRepliesSinceHandover());
        }
        // the AI speaks as the bot, so its reasons to stop are the bot's
        return escalate(ChatMode.BOT, escalation.get(), Actor.BOT, answer.settings(),
                answer.botRepliesSinceHandover());
    }

    /** The AI did not answer in time: the bot says it cannot answer and hands over or asks. */
    public Decision onAiTimeout(AiTimedOut timeout) {
        Require.present("timeout", timeout);
        return switch (timeout.mode()) {
            case MANAGER -> new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER,
                    timeout.botRepliesSinceHandover());
            case AWAITING_CONFIRMATION -> new StaySilent(Reason.QUESTION_PENDING, ChatMode.AWAITING_CONFIRMATION,
                    timeout.botRepliesSinceHandover());
            case BOT -> escalate(ChatMode.BOT, Reason.AI_TIMEOUT, Actor.SYSTEM, timeout.settings(),
                    timeout.botRepliesSinceHandover());
        };
    }

    /** A manager wrote to the customer: the chat is theirs at once, so the bot never talks over them. */
    public Decision onManagerReply(ManagerActed reply) {
        return managerTakes(reply, Reason.MANAGER_REPLIED);
    }

    /** A manager took the chat over from the inbox, before writing anything. */
    public Decision onManagerTakeover(ManagerActed takeover) {
        return managerTakes(takeover, Reason.MANAGER_TOOK_OVER);
    }

    /** A manager gave the chat back to the bot, which starts counting its replies again. */
    public Decision onManagerGiveBack(ManagerActed giveBack) {
        Require.present("give_back", giveBack);
        if (giveBack.mode() == ChatMode.BOT) {
            return new StaySilent(Reason.BOT_ALREADY_ANSWERS, ChatMode.BOT, giveBack.botRepliesSinceHandover());
        }
        return new BackToBot(new ChatTransition(giveBack.mode(), ChatMode.BOT, Reason.MANAGER_GAVE_BACK,
                Actor.manager(giveBack.managerUserId())), Optional.empty());
    }

    /**
     * Returns a handed-over chat to the bot once its customer has been silent for the tenant's
     * {@code reactivate_after_minutes}, so that their next message starts with the bot again. Nothing is
     * sent: the customer is not writing.
     */
    public Decision onInactivityCheck(InactivityCheck check) {
        Require.present("check", check);
        if (check.mode() != ChatMode.MANAGER) {
            return new StaySilent(Reason.NOT_HANDED_OVER, check.mode(), check.botRepliesSinceHandover());
        }
        if (reactivateAfterMinutes(check.settings().thresholds()) == 0) {
            return new StaySilent(Reason.REACTIVATION_OFF, ChatMode.MANAGER, check.botRepliesSinceHandover());
        }
        if (!isDue(check)) {
            return new StaySilent(Reason.CUSTOMER_RECENTLY_ACTIVE, ChatMode.MANAGER, check.botRepliesSinceHandover());
        }
        return new BackToBot(new ChatTransition(ChatMode.MANAGER, ChatMode.BOT, Reason.INACTIVITY, Actor.SYSTEM),
                Optional.empty());
    }

    /** Whether the chat is due to return to the bot at {@code now} ({@link #onInactivityCheck}). */
    public boolean isDueForReactivation(Chat chat, TenantSettings settings, Instant now) {
        InactivityCheck check = InactivityCheck.of(chat, settings, now);
        return check.mode() == ChatMode.MANAGER && isDue(check);
    }

    /** How long to wait for the tenant's AI before {@link #onAiTimeout}. */
    public Duration responseTimeout(TenantSettings settings) {
        return settings.thresholds().responseTimeoutSeconds().stream()
                .mapToObj(Duration::ofSeconds)
                .findFirst()
                .orElse(DEFAULT_RESPONSE_TIMEOUT);
    }

    private static boolean isDue(InactivityCheck check) {
        int minutes = reactivateAfterMinutes(check.settings().thresholds());
        return minutes > 0 && !check.now().isBefore(check.customerSilentSince().plus(Duration.ofMinutes(minutes)));
    }

    private static int reactivateAfterMinutes(Thresholds thresholds) {
        return thresholds.reactivateAfterMinutes().orElse(DEFAULT_REACTIVATE_AFTER_MINUTES);
    }

    private Decision answerToTheQuestion(Lexicon.Answer answer, TenantSettings settings) {
        if (answer == Lexicon.Answer.YES) {
            return handOver(ChatMode.AWAITING_CONFIRMATION, Reason.CUSTOMER_CONFIRMED, Actor.CUSTOMER, settings,
                    false);
        }
        // a fresh count: the customer chose the bot, which would otherwise ask again at the next message
        return new BackToBot(new ChatTransition(ChatMode.AWAITING_CONFIRMATION, ChatMode.BOT,
                Reason.CUSTOMER_DECLINED, Actor.CUSTOMER),
                Optional.of(phrases.text(Phrase.BOT_CONTINUES, settings.language())));
    }

    /** What the bot does with a message: the first reason to stop wins, else an FAQ, else the AI. */
    private Decision asTheBot(CustomerMessageArrived message) {
        ChatMode from = message.mode();
        TenantSettings settings = message.settings();
        int replies = message.botRepliesSinceHandover();
        if (Lexicon.asksForHuman(message.text())) {
            return handOver(from, Reason.CUSTOMER_ASKED_FOR_HUMAN, Actor.CUSTOMER, settings, false);
        }
        if (message.hasAttachments() && handoverOnAttachment(settings.thresholds())) {
            return escalate(from, Reason.ATTACHMENT_RECEIVED, Actor.CUSTOMER, settings, replies);
        }
        if (repliesUsedUp(settings.thresholds(), replies)) {
            return escalate(from, Reason.MAX_RESPONSES_REACHED, Actor.BOT, settings, replies);
        }
        Optional<ChatTransition> movedOn = from == ChatMode.BOT ? Optional.empty()
                : Optional.of(new ChatTransition(from, ChatMode.BOT, Reason.CUSTOMER_MOVED_ON, Actor.CUSTOMER));
        if (message.faqAnswer().isPresent()) {
            return new ReplyWithFaq(message.faqAnswer().get(), replies + 1, movedOn);
        }
        if (message.aiConfigured()) {
            return new AskAi(replies, movedOn);
        }
        return escalate(from, Reason.NO_ANSWER, Actor.BOT, settings, replies);
    }

    /** Why the AI's answer is not sent, if it is not; the AI's own request for a manager comes first. */
    private static Optional<Reason> aiEscalation(AiAnswered answer) {
        Thresholds thresholds = answer.settings().thresholds();
        if (answer.managerRequested()) {
            return Optional.of(Reason.AI_ASKED_FOR_MANAGER);
        }
        if (answer.text().isBlank()) {
            return Optional.of(Reason.NO_ANSWER);
        }
        if (answer.confidence().isPresent() && thresholds.escalationThreshold().isPresent()
                && answer.confidence().getAsDouble() < thresholds.escalationThreshold().getAsDouble()) {
            return Optional.of(Reason.LOW_AI_CONFIDENCE);
        }
        // two messages may have been sent to the AI before either was answered
        if (repliesUsedUp(thresholds, answer.botRepliesSinceHandover())) {
            return Optional.of(Reason.MAX_RESPONSES_REACHED);
        }
        return Optional.empty();
    }

    private static boolean repliesUsedUp(Thresholds thresholds, int botRepliesSinceHandover) {
        return thresholds.maxResponses().isPresent() && botRepliesSinceHandover >= thresholds.maxResponses().getAsInt();
    }

    private static boolean handoverOnAttachment(Thresholds thresholds) {
        return thresholds.handoverOnAttachment().orElse(DEFAULT_HANDOVER_ON_ATTACHMENT);
    }

    /**
     * The bot stops: in handover mode immediate it hands over, in mode ask it asks first (again, with no
     * transition, if it already waits for the answer). When nothing could answer, the customer is told
     * so first.
     */
    private Decision escalate(ChatMode from, Reason reason, Actor actor, TenantSettings settings, int replies) {
        boolean unanswered = reason == Reason.NO_ANSWER || reason == Reason.AI_TIMEOUT;
        if (settings.handoverMode() == HandoverMode.IMMEDIATE) {
            return handOver(from, reason, actor, settings, unanswered);
        }
        Optional<ChatTransition> asked = from == ChatMode.AWAITING_CONFIRMATION ? Optional.empty()
                : Optional.of(new ChatTransition(from, ChatMode.AWAITING_CONFIRMATION, reason, actor));
        return new AskAboutManager(reason, say(Phrase.HANDOVER_QUESTION, settings.language(), unanswered), replies,
                asked);
    }

    private HandOver handOver(ChatMode from, Reason reason, Actor actor, TenantSettings settings,
                              boolean unanswered) {
        return new HandOver(new ChatTransition(from, ChatMode.MANAGER, reason, actor),
                Optional.of(say(Phrase.HANDOVER_NOTICE, settings.language(), unanswered)));
    }

    private Decision managerTakes(ManagerActed act, Reason reason) {
        Require.present("act", act);
        if (act.mode() == ChatMode.MANAGER) {
            return new StaySilent(Reason.MANAGER_HANDLES_CHAT, ChatMode.MANAGER, act.botRepliesSinceHandover());
        }
        // no notice: the manager's own message, or the one they are about to write, speaks for them
        return new HandOver(new ChatTransition(act.mode(), ChatMode.MANAGER, reason,
                Actor.manager(act.managerUserId())), Optional.empty());
    }

    /** The phrase, after the fallback phrase when the bot could not answer the customer's message. */
    private String say(Phrase phrase, Language language, boolean afterFallback) {
        String text = phrases.text(phrase, language);
        return afterFallback ? phrases.text(Phrase.FALLBACK, language) + " " + text : text;
    }
}
