package io.aggregator.domain.conversation;

import io.aggregator.domain.Coded;

/**
 * Why the policy decided what it decided, and why a chat changed its mode. A decision that changes the
 * mode usually has the same reason as its {@link ChatTransition}; the exception is a customer who,
 * asked whether they want a manager, writes something else: the decision answers the new question
 * ({@link #FAQ_MATCHED}, {@link #NO_FAQ_MATCHED}) and the transition back to the bot is
 * {@link #CUSTOMER_MOVED_ON}.
 */
public enum Reason implements Coded {
    // the bot answers
    /** A tenant FAQ answers the message. */
    FAQ_MATCHED,
    /** No FAQ answers the message, so the tenant's AI workflow is asked. */
    NO_FAQ_MATCHED,
    /** The AI answered confidently. */
    AI_ANSWERED,

    // the bot stops: the chat is handed over, or in handover mode ask, the customer is asked first
    /** The customer asked for a person in words ({@link Lexicon#asksForHuman}); never asked first. */
    CUSTOMER_ASKED_FOR_HUMAN,
    /** The customer sent a file, which the bot cannot read (unless {@code handover_on_attachment} is off). */
    ATTACHMENT_RECEIVED,
    /** The bot has sent {@code max_responses} replies since the last handover. */
    MAX_RESPONSES_REACHED,
    /** Neither an FAQ nor an AI can answer: no FAQ matched and no AI is configured, or the AI said nothing. */
    NO_ANSWER,
    /** The AI's confidence is below the tenant's {@code escalation_threshold}. */
    LOW_AI_CONFIDENCE,
    /** The AI itself asked for a manager. */
    AI_ASKED_FOR_MANAGER,
    /** The AI did not answer within {@code response_timeout}. */
    AI_TIMEOUT,

    // the customer answers the question whether they want a manager
    /** Yes. */
    CUSTOMER_CONFIRMED,
    /** No: the bot goes on, with a fresh count of replies. */
    CUSTOMER_DECLINED,
    /** Neither yes nor no: a new question, answered as if the bot had not asked. */
    CUSTOMER_MOVED_ON,

    // managers and time
    /** A manager wrote to the customer, which takes the chat over: the bot never talks over a person. */
    MANAGER_REPLIED,
    /** A manager took the chat over without writing yet. */
    MANAGER_TOOK_OVER,
    /** A manager gave the chat back to the bot. */
    MANAGER_GAVE_BACK,
    /** The customer of a handed-over chat was silent for {@code reactivate_after_minutes}. */
    INACTIVITY,

    // nothing to send and nothing changes
    /** A manager answers this chat; the customer's message waits for them. */
    MANAGER_HANDLES_CHAT,
    /** The bot asked whether the customer wants a manager and waits for the answer. */
    QUESTION_PENDING,
    /** A manager gave back a chat that the bot already answers. */
    BOT_ALREADY_ANSWERS,
    /** The customer of a handed-over chat wrote too recently for it to return to the bot. */
    CUSTOMER_RECENTLY_ACTIVE,
    /** The tenant's {@code reactivate_after_minutes} is 0: handed-over chats stay with the managers. */
    REACTIVATION_OFF,
    /** The chat is not with a manager, so there is nothing to return to the bot. */
    NOT_HANDED_OVER;

    public static Reason fromCode(String code) {
        return Coded.parse(Reason.class, "reason", code);
    }
}
