package io.aggregator.domain.conversation;

import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Message;
import java.util.Optional;

/**
 * What the {@link HandoverPolicy} decided about one event of a chat. Every decision says why
 * ({@link #reason()}), which mode the chat is in afterwards, its count of bot replies since the last
 * handover, the text the bot sends now if any, and, exactly when the mode changes, the
 * {@link ChatTransition} to record. Each kind checks its own shape when it is made, so a decision can
 * never, say, change the mode without a transition.
 */
public sealed interface Decision {
    Reason reason();

    ChatMode nextMode();

    int botRepliesSinceHandover();

    /** The text the bot sends to the customer now, in the tenant's language; empty when it sends nothing. */
    Optional<String> botText();

    /** Present exactly when {@link #nextMode()} differs from the mode the chat was in. */
    Optional<ChatTransition> transition();

    /** The chat as this decision leaves it. */
    default Chat applyTo(Chat chat) {
        return chat.withMode(nextMode()).withBotRepliesSinceHandover(botRepliesSinceHandover());
    }

    /** Reply with a tenant FAQ's answer; the reply counts toward {@code max_responses}. */
    record ReplyWithFaq(FaqAnswer answer, int botRepliesSinceHandover, Optional<ChatTransition> transition)
            implements Decision {
        public ReplyWithFaq {
            Require.present("answer", answer);
            requireAReplyCounted(botRepliesSinceHandover);
            requireMovedOnWhenChanging(transition);
        }

        @Override
        public Reason reason() {
            return Reason.FAQ_MATCHED;
        }

        @Override
        public ChatMode nextMode() {
            return ChatMode.BOT;
        }

        @Override
        public Optional<String> botText() {
            return Optional.of(answer.text());
        }
    }

    /**
     * Send the message to the tenant's AI workflow (done elsewhere); its answer or its silence is a
     * later event. Nothing is sent to the customer yet.
     */
    record AskAi(int botRepliesSinceHandover, Optional<ChatTransition> transition) implements Decision {
        public AskAi {
            Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
            requireMovedOnWhenChanging(transition);
        }

        @Override
        public Reason reason() {
            return Reason.NO_FAQ_MATCHED;
        }

        @Override
        public ChatMode nextMode() {
            return ChatMode.BOT;
        }

        @Override
        public Optional<String> botText() {
            return Optional.empty();
        }
    }

    /**
     * Reply with the AI's answer; the reply counts toward {@code max_responses}. The mode stays: the bot
     * answers, or it still waits for the customer's answer to its question about a manager.
     */
    record ReplyWithAi(String text, ChatMode nextMode, int botRepliesSinceHandover) implements Decision {
        public ReplyWithAi {
            Require.text("text", text, Message.MAX_TEXT_LENGTH);
            Require.present("next_mode", nextMode);
            if (nextMode == ChatMode.MANAGER) {
                throw ValidationException.of("next_mode", "must not be manager: the bot never talks over a person");
            }
            requireAReplyCounted(botRepliesSinceHandover);
        }

        @Override
        public Reason reason() {
            return Reason.AI_ANSWERED;
        }

        @Override
        public Optional<String> botText() {
            return Optional.of(text);
        }

        @Override
        public Optional<ChatTransition> transition() {
            return Optional.empty();
        }
    }

    /**
     * Ask whether the customer wants a manager (handover mode {@code ask}). Asked again while the chat
     * already waits for the answer, there is no transition.
     */
    record AskAboutManager(Reason reason, String question, int botRepliesSinceHandover,
                           Optional<ChatTransition> transition) implements Decision {
        public AskAboutManager {
            Require.present("reason", reason);
            Require.text("question", question, Message.MAX_TEXT_LENGTH);
            Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
            requireTransitionTo(ChatMode.AWAITING_CONFIRMATION, reason, transition);
        }

        @Override
        public ChatMode nextMode() {
            return ChatMode.AWAITING_CONFIRMATION;
        }

        @Override
        public Optional<String> botText() {
            return Optional.of(question);
        }
    }

    /**
     * Hand the chat to the managers, telling the customer with {@code notice}; no notice when a manager
     * caused it, who speaks for themselves. The count of bot replies starts again.
     */
    record HandOver(ChatTransition change, Optional<String> notice) implements Decision {
        public HandOver {
            Require.present("change", change);
            requireTransitionTo(ChatMode.MANAGER, change.reason(), Optional.of(change));
            requireOptionalText("notice", notice);
        }

        @Override
        public Reason reason() {
            return change.reason();
        }

        @Override
        public ChatMode nextMode() {
            return ChatMode.MANAGER;
        }

        @Override
        public int botRepliesSinceHandover() {
            return 0;
        }

        @Override
        public Optional<String> botText() {
            return notice;
        }

        @Override
        public Optional<ChatTransition> transition() {
            return Optional.of(change);
        }
    }

    /**
     * Return the chat to the bot, with a fresh count of replies; {@code acknowledgement} is sent when the
     * customer said no to a manager, nothing when a manager or the inactivity timer returned the chat.
     */
    record BackToBot(ChatTransition change, Optional<String> acknowledgement) implements Decision {
        public BackToBot {
            Require.present("change", change);
            requireTransitionTo(ChatMode.BOT, change.reason(), Optional.of(change));
            requireOptionalText("acknowledgement", acknowledgement);
        }

        @Override
        public Reason reason() {
            return change.reason();
        }

        @Override
        public ChatMode nextMode() {
            return ChatMode.BOT;
        }

        @Override
        public int botRepliesSinceHandover() {
            return 0;
        }

        @Override
        public Optional<String> botText() {
            return acknowledgement;
        }

        @Override
        public Optional<ChatTransition> transition() {
            return Optional.of(change);
        }
    }

    /**
     * Send nothing and change nothing: a manager handles the chat, the bot waits for an answer, or the
     * event does not apply to the chat's mode.
     */
    record StaySilent(Reason reason, ChatMode mode, int botRepliesSinceHandover) implements Decision {
        public StaySilent {
            Require.present("reason", reason);
            Require.present("mode", mode);
            Require.notNegative("bot_replies_since_handover", botRepliesSinceHandover);
        }

        @Override
        public ChatMode nextMode() {
            return mode;
        }

        @Override
        public Optional<String> botText() {
            return Optional.empty();
        }

        @Override
        public Optional<ChatTransition> transition() {
            return Optional.empty();
        }
    }

    private static void requireAReplyCounted(int botRepliesSinceHandover) {
        if (botRepliesSinceHandover < 1) {
            throw ValidationException.of("bot_replies_since_handover", "must count the reply itself, got "
                    + botRepliesSinceHandover);
        }
    }

    /** The bot answers a new question after asking about a manager: the only way these decisions change mode. */
    private static void requireMovedOnWhenChanging(Optional<ChatTransition> transition) {
        Require.present("transition", transition);
        transition.ifPresent(change -> {
            if (change.reason() != Reason.CUSTOMER_MOVED_ON || change.to() != ChatMode.BOT) {
                throw ValidationException.of("transition", "must be the customer moving on to the bot, got "
                        + change);
            }
        });
    }

    private static void requireTransitionTo(ChatMode to, Reason reason, Optional<ChatTransition> transition) {
        Require.present("transition", transition);
        transition.ifPresent(change -> {
            if (change.to() != to || change.reason() != reason) {
                throw ValidationException.of("transition", "must lead to " + to.code() + " for "
                        + reason.code() + ", got " + change);
            }
        });
    }

    private static void requireOptionalText(String field, Optional<String> text) {
        Require.present(field, text).ifPresent(
                value -> Require.text(field, value, Message.MAX_TEXT_LENGTH));
    }
}
