package io.aggregator.domain.analytics;

import io.aggregator.domain.chat.ChatMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Who a chat's customer is waiting for, and since when: the time to the first answer is measured from
 * the first unanswered customer message to the bot's next answer, and from the moment a chat needs a
 * manager (its handover, or a customer message while a manager has it) to the manager's next message.
 * {@code lastActiveDay} (UTC) lets each chat count once per day as active.
 */
public record ChatWait(Instant botWaitSince, Instant managerWaitSince, LocalDate lastActiveDay) {

    /** What was answered, and after how long. */
    public record Answer(Responder responder, Duration after) {
    }

    public static ChatWait none() {
        return new ChatWait(null, null, null);
    }

    /** Days are counted in UTC, as the dashboard's days are. */
    public static LocalDate dayOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Whether a customer message at {@code at} is the chat's first of that day. */
    public boolean firstActivityOn(Instant at) {
        return !dayOf(at).equals(lastActiveDay);
    }

    /** A customer wrote while the chat was in {@code mode}: whoever answers the chat now is awaited. */
    public ChatWait customerWrote(Instant at, ChatMode mode) {
        return mode == ChatMode.MANAGER
                ? new ChatWait(botWaitSince, earliest(managerWaitSince, at), dayOf(at))
                : new ChatWait(earliest(botWaitSince, at), managerWaitSince, dayOf(at));
    }

    /** The chat went to the managers: the bot is not expected to answer any more, a manager is. */
    public ChatWait handedOver(Instant at) {
        return new ChatWait(null, earliest(managerWaitSince, at), lastActiveDay);
    }

    /** The chat went back to the bot: no manager is awaited. */
    public ChatWait backToBot() {
        return new ChatWait(botWaitSince, null, lastActiveDay);
    }

    /** The bot answered at {@code at}: the time it took, if a customer was waiting for it. */
    public Optional<Answer> botAnswer(Instant at) {
        return botWaitSince == null ? Optional.empty()
                : Optional.of(new Answer(Responder.BOT, Duration.between(botWaitSince, at)));
    }

    public ChatWait botAnswered() {
        return new ChatWait(null, managerWaitSince, lastActiveDay);
    }

    /** A manager wrote at {@code at}: the time it took, if the chat was waiting for a manager. */
    public Optional<Answer> managerAnswer(Instant at) {
        return managerWaitSince == null ? Optional.empty()
                : Optional.of(new Answer(Responder.MANAGER, Duration.between(managerWaitSince, at)));
    }

    /** A manager's message answers the customer, whoever they were waiting for. */
    public ChatWait managerAnswered() {
        return new ChatWait(null, null, lastActiveDay);
    }

    private static Instant earliest(Instant since, Instant at) {
        return since == null ? at : since;
    }
}
