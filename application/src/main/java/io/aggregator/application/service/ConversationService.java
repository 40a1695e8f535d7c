package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageChatsUseCase;
import io.aggregator.application.port.in.ReactivateIdleChatsUseCase;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase;
import io.aggregator.application.port.in.ChatMovedOnException;
import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.AiTurnStore;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.ChatTransitionStore;
import io.aggregator.application.port.out.ChatWaitStore;
import io.aggregator.application.port.out.DailyStatsStore;
import io.aggregator.application.port.out.ConflictException;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.InboxStore;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.application.port.out.TenantPage;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.Require;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.analytics.AnswerTimeBuckets;
import io.aggregator.domain.analytics.ChatWait;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.conversation.AiAnswered;
import io.aggregator.domain.conversation.AiTimedOut;
import io.aggregator.domain.conversation.CustomerMessageArrived;
import io.aggregator.domain.conversation.Decision;
import io.aggregator.domain.conversation.FaqAnswer;
import io.aggregator.domain.conversation.HandoverPolicy;
import io.aggregator.domain.conversation.InactivityCheck;
import io.aggregator.domain.conversation.ManagerActed;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.faq.FaqMatcher;
import io.aggregator.domain.integration.AiReply;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.TenantStatus;
import io.aggregator.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The conversation engine: each customer message and each manager action is one transaction that
 * stores the message, lets the {@link HandoverPolicy} decide, stores what the bot says and writes the
 * outgoing work to the outbox. Managers' screens hear of it after the commit.
 */
public final class ConversationService implements ReceiveCustomerMessageUseCase, ManageChatsUseCase,
        ReactivateIdleChatsUseCase {
    /** How many tenants, and chats of each, one reactivation round reads at a time. */
    static final int REACTIVATION_BATCH = 200;
    /** Clocks of phones and connectors drift; a message from further in the future is an error. */
    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    /** The stores one turn needs. */
    public record Stores(TenantStore tenants, ChatStore chats, MessageStore messages, FaqStore faqs,
                         OutboxStore outbox, ChatTransitionStore transitions, InboxStore inbox, AiTurnStore aiTurns,
                         WorkQueues queues, ChatWaitStore waits, DailyStatsStore dailyStats) {
    }

    /** What became of an AI answer. */
    public enum AnswerTaken {
        /** Stored, and the policy applied it (sent, or escalated). */
        APPLIED,
        /** The question already had its answer: this one changed nothing. */
        ALREADY_ANSWERED,
        /** The question had timed out: the answer is kept for managers and not sent. */
        RECORDED_LATE,
        /** The same message was taken before (its webhook id, or its outbox claim, says so). */
        REPEATED
    }

    /** What a transaction did, to announce once it has committed. */
    private record Outcome<T>(T result, List<LiveEvent> events) {
    }

    private final Transactions transactions;
    private final Stores stores;
    private final FaqMatcherCache matchers;
    private final TenantConfigurations configurations;
    private final InboxAnnouncer announcer;
    private final Clock clock;
    private final int maxTextLength;

    /** @param maxTextLength the longest customer message taken, at most {@link Message#MAX_TEXT_LENGTH} */
    public ConversationService(Transactions transactions, Stores stores, FaqMatcherCache matchers,
                               TenantConfigurations configurations, LiveEvents liveEvents, Clock clock,
                               int maxTextLength) {
        this.transactions = transactions;
        this.stores = stores;
        this.matchers = matchers;
        this.configurations = configurations;
        this.announcer = new InboxAnnouncer(transactions, stores.inbox(), liveEvents, clock);
        this.clock = clock;
        this.maxTextLength = Math.min(maxTextLength, Message.MAX_TEXT_LENGTH);
    }

    @Override
    public Receipt receive(TenantId tenant, IncomingMessage incoming) {
        Instant now = clock.instant();
        if (incoming.sentAt() != null && incoming.sentAt().isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
            throw ValidationException.of("sent_at", "is more than " + ALLOWED_CLOCK_SKEW.toMinutes()
                    + " minutes in the future");
        }
        if (incoming.text() != null) {
            Require.optionalText("text", incoming.text(), maxTextLength);
        }
        Channel channel = Channel.of(incoming.channel());
        Supplier<Outcome<Receipt>> attempt = () -> receiveInTransaction(tenant, channel, incoming, now);
        try {
            return announced(tenant, transactions.inTenant(tenant, attempt));
        } catch (ConflictException firstMessageOfAChatTwiceAtOnce) {
            // another request created the same chat a moment ago: now it exists, and this one joins it
            return announced(tenant, transactions.inTenant(tenant, attempt));
        }
    }

    private Outcome<Receipt> receiveInTransaction(TenantId tenant, Channel channel, IncomingMessage incoming,
                                                  Instant now) {
        ExistingTenant.require(stores.tenants(), tenant);
        Chat chat = stores.chats().lockByChannelChatId(channel, incoming.channelChatId()).orElse(null);
        if (chat == null) {
            chat = Chat.start(channel, incoming.channelChatId(), incoming.customer(), now);
            stores.chats().add(chat);
        }
        Message message = Message.fromCustomer(MessageId.newId(), chat.id(), incoming.text(), incoming.attachments(),
                incoming.channelMessageId(), incoming.sentAt() == null ? now : incoming.sentAt(), now);
        if (!stores.messages().addIfNew(message)) {
            Message earlier = stores.messages().findByChannelMessageId(chat.id(), incoming.channelMessageId())
                    .orElseThrow();
            return new Outcome<>(new Receipt(earlier.id(), chat.id(), true, chat.mode(), Optional.empty()), List.of());
        }
        ChatMode modeWhenWritten = chat.mode();
        ChatWaitChanges waits = new ChatWaitChanges(chat.id());
        waits.apply(wait -> {
            if (wait.firstActivityOn(now)) {
                stores.dailyStats().addActiveChat(ChatWait.dayOf(now));
            }
            return wait.customerWrote(now, modeWhenWritten);
        });
        TenantConfigurations.Configuration configuration = configurations.of(tenant);
        TenantSettings settings = configuration.settings();
        Decision decision = configuration.policy().onCustomerMessage(CustomerMessageArrived.of(chat, message,
                settings, faqAnswer(tenant, settings, message.text()), configuration.aiConfigured()));
        if (decision instanceof Decision.ReplyWithFaq faq) {
            stores.dailyStats().addFaqHit(ChatWait.dayOf(now), faq.answer().faqId());
        }
        List<LiveEvent> events = new ArrayList<>();
        events.add(new LiveEvent.MessageAdded(chat.id(), message));
        Chat after = decided(chat, decision, now, waits).customerWrote(now);
        Optional<Message> reply = sayWhatTheBotSays(after, decision, now, events, waits);
        waits.save();
        if (decision instanceof Decision.AskAi) {
            OutboxEntry request = OutboxEntry.pending(OutboxEntry.Kind.AI_REQUEST, chat.id(), message.id(), now);
            stores.outbox().add(request);
            stores.aiTurns().add(AiTurn.waiting(request.id(), chat.id(), message.id(), now,
                    now.plus(configuration.policy().responseTimeout(settings))));
        } else if (reply.isPresent()) {
            // this message is answered: questions still with the AI are behind the conversation now
            stores.aiTurns().supersedeWaiting(chat.id(), null, now);
        }
        Chat stored = reply.isPresent() ? after.answeredAt(now) : after;
        stores.chats().update(stored);
        stores.inbox().addUnread(chat.id());
        events.add(new LiveEvent.ChatChanged(stored, unreadCount(chat.id())));
        return new Outcome<>(new Receipt(message.id(), chat.id(), false, stored.mode(), reply), events);
    }

    /**
     * Stores the bot's text as a message and writes its delivery to the outbox. FAQ and AI answers are
     * the bot's with their source; a handover notice or question is the bot's fallback when the bot
     * had no answer, and a system message otherwise.
     */
    private Optional<Message> sayWhatTheBotSays(Chat chat, Decision decision, Instant now, List<LiveEvent> events,
                                                ChatWaitChanges waits) {
        if (decision.botText().isEmpty()) {
            return Optional.empty();
        }
        AnswerSource source = answerSource(decision);
        Message said = Message.outgoing(chat.id(), source == null ? Author.SYSTEM : Author.BOT, source, null,
                decision.botText().get(), now);
        deliver(said, now, events);
        if (said.author() == Author.BOT) {
            waits.apply(wait -> {
                wait.botAnswer(now).ifPresent(answer -> countAnswer(answer, now));
                return wait.botAnswered();
            });
        }
        return Optional.of(said);
    }

    /** Where a bot text came from; null for a system notice, which the bot did not answer with. */
    private static AnswerSource answerSource(Decision decision) {
        if (decision instanceof Decision.ReplyWithFaq) {
            return AnswerSource.FAQ;
        }
        if (decision instanceof Decision.ReplyWithAi) {
            return AnswerSource.AI;
        }
        boolean unanswered = decision.reason() == Reason.NO_ANSWER || decision.reason() == Reason.AI_TIMEOUT;
        return unanswered ? AnswerSource.FALLBACK : null;
    }

    private void deliver(Message message, Instant now, List<LiveEvent> events) {
        stores.messages().addIfNew(message);
        stores.outbox().add(OutboxEntry.pending(OutboxEntry.Kind.DELIVERY, message.chatId(), message.id(), now));
        events.add(new LiveEvent.MessageAdded(message.chatId(), message));
    }

    private Optional<FaqAnswer> faqAnswer(TenantId tenant, TenantSettings settings, String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        double minScore = settings.thresholds().faqMinScore().orElse(FaqMatcher.DEFAULT_MIN_SCORE);
        return matchers.matcherFor(tenant, stores.faqs()).best(text, minScore)
                .map(best -> new FaqAnswer(best.faq().id(), best.faq().answer(), best.score()));
    }

    /** Must run inside the tenant's transaction. */
    private HandoverPolicy policy(TenantId tenant) {
        return configurations.of(tenant).policy();
    }

    @Override
    public Message reply(TenantId tenant, UserId manager, ChatId chatId, String text) {
        return announced(tenant, transactions.inTenant(tenant, () -> {
            Instant now = clock.instant();
            Chat chat = existingChat(chatId);
            Message reply = Message.outgoing(chatId, Author.MANAGER, null, manager, text, now);
            List<LiveEvent> events = new ArrayList<>();
            deliver(reply, now, events);
            ChatWaitChanges waits = new ChatWaitChanges(chatId);
            waits.apply(wait -> {
                wait.managerAnswer(now).ifPresent(answer -> countAnswer(answer, now));
                return wait.managerAnswered();
            });
            stores.aiTurns().supersedeWaiting(chatId, null, now);
            Chat after = decided(chat, policy(tenant).onManagerReply(ManagerActed.of(chat, manager)), now, waits)
                    .answeredAt(now);
            waits.save();
            stores.chats().update(after);
            events.add(new LiveEvent.ChatChanged(after, unreadCount(chatId)));
            return new Outcome<>(reply, events);
        }));
    }

    @Override
    public InboxRow takeOver(TenantId tenant, UserId manager, ChatId chat) {
        return changeChat(tenant, chat, existing -> {
            stores.aiTurns().supersedeWaiting(chat, null, clock.instant());
            return decidedAlone(existing, policy(tenant).onManagerTakeover(ManagerActed.of(existing, manager)),
                    clock.instant());
        });
    }

    @Override
    public InboxRow giveBackToBot(TenantId tenant, UserId manager, ChatId chat) {
        return changeChat(tenant, chat, existing -> decidedAlone(existing,
                policy(tenant).onManagerGiveBack(ManagerActed.of(existing, manager)), clock.instant()));
    }

    @Override
    public InboxRow setHidden(TenantId tenant, ChatId chat, boolean hidden) {
        return changeChat(tenant, chat, existing -> existing.withHidden(hidden));
    }

    /** The chat changed and, read back in the same transaction, as the inbox shows it. */
    private InboxRow changeChat(TenantId tenant, ChatId chatId, Function<Chat, Chat> change) {
        return announced(tenant, transactions.inTenant(tenant, () -> {
            Chat after = change.apply(existingChat(chatId));
            stores.chats().update(after);
            InboxRow row = stores.inbox().find(chatId).orElseThrow();
            return new Outcome<>(row, List.of(new LiveEvent.ChatChanged(after, row.unreadCount())));
        }));
    }

    /**
     * The chat as the decision leaves it; a change of mode is recorded for the dashboard, and changes
     * whom the customer waits for.
     */
    private Chat decided(Chat chat, Decision decision, Instant now, ChatWaitChanges waits) {
        decision.transition().ifPresent(change -> {
            stores.transitions().add(chat.id(), change, now);
            waits.apply(wait -> change.to() == ChatMode.MANAGER ? wait.handedOver(now)
                    : change.from() == ChatMode.MANAGER ? wait.backToBot() : wait);
        });
        return decision.applyTo(chat);
    }

    /** {@link #decided} for a decision that is all its transaction does to the chat. */
    private Chat decidedAlone(Chat chat, Decision decision, Instant now) {
        ChatWaitChanges waits = new ChatWaitChanges(chat.id());
        Chat after = decided(chat, decision, now, waits);
        waits.save();
        return after;
    }

    /**
     * Whom a chat's customer waits for, through one transaction: read at the first change, changed
     * step by step in the order the turn happens, written once at the end if it changed.
     */
    private final class ChatWaitChanges {
        private final ChatId chat;
        private ChatWait before;
        private ChatWait current;

        ChatWaitChanges(ChatId chat) {
            this.chat = chat;
        }

        void apply(UnaryOperator<ChatWait> change) {
            if (current == null) {
                before = stores.waits().find(chat).orElse(ChatWait.none());
                current = before;
            }
            current = change.apply(current);
        }

        void save() {
            if (current != null && !current.equals(before)) {
                stores.waits().save(chat, current);
            }
        }
    }

    private void countAnswer(ChatWait.Answer answer, Instant now) {
        stores.dailyStats().addAnswerTime(ChatWait.dayOf(now), answer.responder(),
                AnswerTimeBuckets.bucketOf(answer.after()));
    }

    @Override
    public int reactivateIdleChats() {
        int reactivated = 0;
        TenantPage page = null;
        do {
            TenantId after = page == null || page.tenants().isEmpty() ? null
                    : page.tenants().get(page.tenants().size() - 1).id();
            page = transactions.inPlatform(() -> stores.tenants().list(TenantStatus.ACTIVE, after, REACTIVATION_BATCH));
            for (Tenant tenant : page.tenants()) {
                reactivated += announced(tenant.id(), transactions.inTenant(tenant.id(),
                        () -> reactivateIdleChatsOf(tenant.id(), clock.instant())));
            }
        } while (page.hasMore());
        return reactivated;
    }

    /** One tenant's due chats; must run in its transaction. */
    private Outcome<Integer> reactivateIdleChatsOf(TenantId tenant, Instant now) {
        TenantConfigurations.Configuration configuration = configurations.of(tenant);
        TenantSettings settings = configuration.settings();
        HandoverPolicy policy = configuration.policy();
        List<LiveEvent> events = new ArrayList<>();
        // the earliest a chat can be due: nothing silent for less than a minute is (0 means never)
        List<Chat> candidates = stores.chats().lockHandedOverSilentSince(now.minus(Duration.ofMinutes(1)),
                REACTIVATION_BATCH);
        for (Chat chat : candidates) {
            if (policy.isDueForReactivation(chat, settings, now)) {
                Chat after = decidedAlone(chat, policy.onInactivityCheck(InactivityCheck.of(chat, settings, now)), now);
                stores.chats().update(after);
                events.add(new LiveEvent.ChatChanged(after, unreadCount(chat.id())));
            }
        }
        return new Outcome<>(events.size(), events);
    }


    /**
     * The tenant's AI answered a question. In one transaction: {@code firstTime} is asked first (it
     * records the callback's webhook id, or settles the outbox claim, and says whether this message is
     * new); then the answer is stored as the bot's and the handover policy applied, unless the chat has
     * moved on. An answer after the deadline is kept for managers, not sent.
     *
     * @throws NotFoundException for an unknown question
     * @throws ChatMovedOnException when a manager took the chat or a newer message was answered first
     */
    public AnswerTaken takeAiAnswer(TenantId tenant, UUID turnId, AiReply reply, BooleanSupplier firstTime) {
        return announced(tenant, transactions.inTenant(tenant, () -> {
            Instant now = clock.instant();
            LockedTurn locked = lockedWithItsChat(turnId, stores.aiTurns()::lock)
                    .orElseThrow(() -> new NotFoundException("no AI request " + turnId));
            AiTurn turn = locked.turn();
            if (!firstTime.getAsBoolean()) {
                return new Outcome<>(AnswerTaken.REPEATED, List.of());
            }
            return switch (turn.state()) {
                case ANSWERED -> new Outcome<>(AnswerTaken.ALREADY_ANSWERED, List.<LiveEvent>of());
                case SUPERSEDED -> throw movedOn(turnId);
                case TIMED_OUT -> recordLateAnswer(turn, reply, now);
                case WAITING -> applyAiAnswer(tenant, locked, reply, now);
            };
        }));
    }

    private Outcome<AnswerTaken> applyAiAnswer(TenantId tenant, LockedTurn locked, AiReply reply, Instant now) {
        AiTurn turn = locked.turn();
        Chat chat = locked.chat().orElseThrow(() -> new NotFoundException("no chat " + turn.chatId()));
        if (chat.mode() == ChatMode.MANAGER) {
            stores.aiTurns().update(turn.finished(AiTurn.State.SUPERSEDED, now, details(reply)));
            throw movedOn(turn.id());
        }
        TenantConfigurations.Configuration configuration = configurations.of(tenant);
        Decision decision = configuration.policy().onAiAnswer(AiAnswered.of(chat, reply.answer(), reply.handover(),
                reply.confidence(), configuration.settings()));
        stores.aiTurns().update(turn.finished(AiTurn.State.ANSWERED, now, details(reply)));
        stores.aiTurns().supersedeWaiting(chat.id(), turn.askedAt(), now);
        return new Outcome<>(AnswerTaken.APPLIED, applied(chat, decision, now));
    }

    /** Too late for the customer, who had the fallback; the managers still see what the AI would have said. */
    private Outcome<AnswerTaken> recordLateAnswer(AiTurn turn, AiReply reply, Instant now) {
        if (reply.answer().isBlank()) {
            return new Outcome<>(AnswerTaken.RECORDED_LATE, List.of());
        }
        Message late = Message.outgoing(turn.chatId(), Author.BOT, AnswerSource.AI, null, reply.answer(), now)
                .withDelivery(Delivery.notSent("the AI answered after the response timeout; the customer had the "
                        + "fallback message", now));
        stores.messages().addIfNew(late);
        stores.aiTurns().update(turn.finished(AiTurn.State.TIMED_OUT, turn.finishedAt(), details(reply)));
        return new Outcome<>(AnswerTaken.RECORDED_LATE, List.of(new LiveEvent.MessageAdded(turn.chatId(), late)));
    }

    private static Map<String, Object> details(AiReply reply) {
        Map<String, Object> details = new LinkedHashMap<>(reply.details());
        reply.confidence().ifPresent(confidence -> details.put("confidence", confidence));
        details.put("handover", reply.handover());
        return details;
    }

    private static ChatMovedOnException movedOn(UUID turnId) {
        return new ChatMovedOnException("the chat has moved on since AI request " + turnId
                + " was made: a manager took it over, or a newer message was answered first");
    }

    /**
     * The AI will not answer this question (its request failed for good): the customer hears the
     * fallback now rather than at the deadline. {@code sameTransaction} runs with it.
     */
    public void giveUpOnAi(TenantId tenant, UUID turnId, Runnable sameTransaction) {
        announced(tenant, transactions.inTenant(tenant, () -> {
            sameTransaction.run();
            return lockedWithItsChat(turnId, stores.aiTurns()::lockIfWaiting)
                    .map(locked -> timeOut(tenant, locked, clock.instant()))
                    .orElse(new Outcome<>(0, List.of()));
        }));
    }

    /**
     * Questions the AI did not answer by their deadline get the policy's timeout: the fallback message
     * once, then a handover or the question. Safe on several nodes: each turn is taken by one.
     *
     * @return how many turns timed out
     */
    public int timeOutDueAiTurns() {
        int timedOut = 0;
        List<WorkQueues.DueTurn> due;
        do {
            due = transactions.inPlatform(() -> stores.queues().dueAiTurns(clock.instant(), REACTIVATION_BATCH));
            for (WorkQueues.DueTurn turn : due) {
                timedOut += announced(turn.tenant(), transactions.inTenant(turn.tenant(),
                        () -> lockedWithItsChat(turn.turnId(), stores.aiTurns()::lockIfWaiting)
                                .map(locked -> timeOut(turn.tenant(), locked, clock.instant()))
                                .orElse(new Outcome<>(0, List.of()))));
            }
        } while (due.size() == REACTIVATION_BATCH);
        return timedOut;
    }

    private Outcome<Integer> timeOut(TenantId tenant, LockedTurn locked, Instant now) {
        stores.aiTurns().update(locked.turn().finished(AiTurn.State.TIMED_OUT, now, Map.of()));
        if (locked.chat().isEmpty()) {
            return new Outcome<>(1, List.of());
        }
        Chat chat = locked.chat().get();
        TenantConfigurations.Configuration configuration = configurations.of(tenant);
        return new Outcome<>(1, applied(chat, configuration.policy().onAiTimeout(AiTimedOut.of(chat,
                configuration.settings())), now));
    }

    /** Applies the policy's decision on an AI event to the chat; returns what managers should hear. */
    private List<LiveEvent> applied(Chat chat, Decision decision, Instant now) {
        List<LiveEvent> events = new ArrayList<>();
        ChatWaitChanges waits = new ChatWaitChanges(chat.id());
        Chat after = decided(chat, decision, now, waits);
        Optional<Message> said = sayWhatTheBotSays(after, decision, now, events, waits);
        waits.save();
        Chat stored = said.isPresent() ? after.answeredAt(now) : after;
        stores.chats().update(stored);
        events.add(new LiveEvent.ChatChanged(stored, unreadCount(chat.id())));
        return events;
    }

    private int unreadCount(ChatId id) {
        return stores.inbox().find(id).map(InboxRow::unreadCount).orElse(0);
    }

    /** An AI turn locked with its chat, as the chat was when it was locked (empty if it is gone). */
    private record LockedTurn(AiTurn turn, Optional<Chat> chat) {
    }

    /**
     * The turn, locked by {@code lockTurn} after its chat: chats are locked before anything else (see
     * {@link io.aggregator.application.port.out.ChatStore#lockById}), so the AI's answer to one
     * message and the customer's next message cannot deadlock.
     */
    private Optional<LockedTurn> lockedWithItsChat(UUID turnId, Function<UUID, Optional<AiTurn>> lockTurn) {
        Optional<AiTurn> seen = stores.aiTurns().find(turnId);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        Optional<Chat> chat = stores.chats().lockById(seen.get().chatId());
        return lockTurn.apply(turnId).map(turn -> new LockedTurn(turn, chat));
    }

    private Chat existingChat(ChatId id) {
        return stores.chats().lockById(id).orElseThrow(() -> new NotFoundException("no chat " + id));
    }

    /** After the commit: managers must never see what was rolled back. */
    private <T> T announced(TenantId tenant, Outcome<T> outcome) {
        announcer.announce(tenant, outcome.events());
        return outcome.result();
    }
}
