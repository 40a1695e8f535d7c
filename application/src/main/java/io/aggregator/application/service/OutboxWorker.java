package io.aggregator.application.service;

import io.aggregator.application.port.in.ChatMovedOnException;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.SendOutboxUseCase;
import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.AiTurnStore;
import io.aggregator.application.port.out.ChatStore;
import io.aggregator.application.port.out.ClaimedWork;
import io.aggregator.application.port.out.FaqStore;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.application.port.out.MessageStore;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.OutboxStore;
import io.aggregator.application.port.out.SecretCipher;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.WebhookCall;
import io.aggregator.application.port.out.WebhookOutcome;
import io.aggregator.application.port.out.WebhookSender;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.faq.FaqCandidate;
import io.aggregator.domain.integration.AiReply;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox: AI requests to the tenant's AI webhook and deliveries to its delivery webhook,
 * signed with the tenant's secret. Failures that may pass (refused connections, timeouts, 408, 429,
 * 5xx, garbage where an answer was expected) are retried with exponential backoff and jitter, or
 * after the receiver's {@code Retry-After}, up to {@link Settings#maxAttempts}; others fail at once.
 * A failed delivery is marked on its message; an AI request that fails for good gives the customer the
 * fallback at once.
 */
public final class OutboxWorker implements SendOutboxUseCase {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    /** Rows one purge statement deletes at most. */
    static final int PURGE_BATCH = 1_000;

    /**
     * How the workers behave. The leases must outlast the longest call of their kind: a delivery's
     * {@code deliveryTimeout}, an AI request's response timeout (at most ten minutes).
     */
    public record Settings(int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay, Duration deliveryTimeout,
                           Duration deliveryLease, Duration aiRequestLease, int perTenantConcurrency,
                           URI publicBaseUrl, Duration retention) {
        /**
         * Retries double from {@code firstRetryDelay} up to 10 minutes; a delivery may take 20 s; a worker
         * that dies holds a delivery for a minute and an AI request for eleven. Finished work is kept for
         * {@code retention}.
         */
        public static Settings of(URI publicBaseUrl, int maxAttempts, Duration firstRetryDelay,
                                  int perTenantConcurrency, Duration retention) {
            return new Settings(maxAttempts, firstRetryDelay, Duration.ofMinutes(10), Duration.ofSeconds(20),
                    Duration.ofMinutes(1), Duration.ofMinutes(11), perTenantConcurrency, publicBaseUrl, retention);
        }
    }

    /** The stores a send reads and writes. */
    public record Stores(OutboxStore outbox, MessageStore messages, ChatStore chats, FaqStore faqs,
                         AiTurnStore aiTurns, WorkQueues queues) {
    }

    /**
     * What sending a claimed entry takes: a call to make, a reason it cannot be sent (recorded as a
     * failure), or neither when it was settled without a call (cancelled).
     */
    private record Prepared(WebhookCall call, String failure) {
        static final Prepared SETTLED = new Prepared(null, null);

        static Prepared failure(String reason) {
            return new Prepared(null, reason);
        }
    }

    private final Transactions transactions;
    private final Stores stores;
    private final FaqMatcherCache matchers;
    private final TenantConfigurations configurations;
    private final ConversationService conversations;
    private final WebhookSender sender;
    private final SecretCipher cipher;
    private final LiveEvents liveEvents;
    private final Clock clock;
    private final Settings settings;

    public OutboxWorker(Transactions transactions, Stores stores, FaqMatcherCache matchers,
                        TenantConfigurations configurations, ConversationService conversations, WebhookSender sender,
                        SecretCipher cipher, LiveEvents liveEvents, Clock clock, Settings settings) {
        this.transactions = transactions;
        this.stores = stores;
        this.matchers = matchers;
        this.configurations = configurations;
        this.conversations = conversations;
        this.sender = sender;
        this.cipher = cipher;
        this.liveEvents = liveEvents;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public List<ClaimedWork> claim(int max) {
        if (max < 1) {
            return List.of();
        }
        WorkQueues.Claim claim = new WorkQueues.Claim(UUID.randomUUID(), max, settings.perTenantConcurrency(),
                settings.deliveryLease(), settings.aiRequestLease(), clock.instant());
        return transactions.inPlatform(() -> stores.queues().claimOutbox(claim));
    }

    @Override
    public void send(ClaimedWork work) {
        try {
            Prepared prepared = transactions.inTenant(work.tenant(), () -> prepare(work));
            if (prepared.call() != null) {
                settle(work, sender.post(prepared.call()));
            } else if (prepared.failure() != null) {
                // the tenant has not connected this webhook: its choice, not an error of the server's
                failed(work, prepared.failure(), Level.INFO);
            }
        } catch (RuntimeException e) {
            // the database went away mid-send, say: the lease ends and another round tries again
            LOG.log(Level.WARNING, "outbox entry " + work.entry().id() + " of tenant " + work.tenant()
                    + " could not be handled; it will be tried again when its lease ends", e);
        }
    }

    private Prepared prepare(ClaimedWork work) {
        TenantConfigurations.Configuration configuration = configurations.of(work.tenant());
        StoredIntegration integration = configuration.integration().orElse(null);
        if (work.entry().kind() == OutboxEntry.Kind.DELIVERY) {
            return prepareDelivery(work, integration);
        }
        return prepareAiRequest(work, integration, configuration.settings());
    }

    private Prepared prepareDelivery(ClaimedWork work, StoredIntegration integration) {
        OutboxEntry entry = work.entry();
        Optional<Message> message = stores.messages().findById(entry.messageId());
        Optional<Chat> chat = stores.chats().findById(entry.chatId());
        if (message.isEmpty() || chat.isEmpty()) {
            stores.outbox().release(entry.cancelled("the message no longer exists"), work.claimToken());
            return Prepared.SETTLED;
        }
        Destination to = destination(integration, IntegrationSettings::deliveryWebhookUrl, "delivery webhook");
        if (to.missing() != null) {
            return Prepared.failure(to.missing());
        }
        return new Prepared(new WebhookCall(to.url(), entry.id().toString(),
                WebhookPayloads.delivery(entry.id(), chat.get(), message.get()), to.secret(),
                settings.deliveryTimeout()), null);
    }

    private Prepared prepareAiRequest(ClaimedWork work, StoredIntegration integration,
                                      TenantSettings tenantSettings) {
        OutboxEntry entry = work.entry();
        Instant now = clock.instant();
        Optional<AiTurn> turn = stores.aiTurns().find(entry.id()).filter(AiTurn::isWaiting);
        if (turn.isEmpty()) {
            stores.outbox().release(entry.cancelled("the question was answered, timed out or left behind before "
                    + "the request could be sent"), work.claimToken());
            return Prepared.SETTLED;
        }
        Duration left = Duration.between(now, turn.get().deadlineAt());
        if (left.isNegative() || left.isZero()) {
            stores.outbox().release(entry.cancelled("the response timeout passed before the request could be sent"),
                    work.claimToken());
            return Prepared.SETTLED;
        }
        Destination to = destination(integration, IntegrationSettings::aiWebhookUrl, "AI webhook");
        if (to.missing() != null) {
            return Prepared.failure(to.missing());
        }
        Chat chat = stores.chats().findById(entry.chatId()).orElseThrow();
        Message message = stores.messages().findById(entry.messageId()).orElseThrow();
        int historySize = integration.settings().historyMessages();
        List<Message> history = historySize == 0 ? List.of()
                : new ArrayList<>(stores.messages().listBefore(chat.id(), MessageCursor.of(message), historySize));
        Collections.reverse(history);
        int candidates = integration.settings().faqCandidates();
        List<FaqCandidate> ranked = candidates == 0 || message.text().isBlank() ? List.of()
                : matchers.matcherFor(work.tenant(), stores.faqs()).rank(message.text(), candidates);
        String callbackUrl = settings.publicBaseUrl().toString().replaceAll("/+$", "") + "/api/v1/tenants/"
                + work.tenant().value() + "/ai-callbacks/" + entry.id();
        var payload = WebhookPayloads.aiRequest(new WebhookPayloads.AiRequest(entry.id(), work.tenant(),
                tenantSettings, chat, message, history, ranked, callbackUrl, turn.get().deadlineAt()));
        return new Prepared(new WebhookCall(to.url(), entry.id().toString(), payload, to.secret(), left), null);
    }

    /** Where a call goes and the secret it is signed with, or why there is nowhere to send it. */
    private record Destination(URI url, String secret, String missing) {
    }

    private Destination destination(StoredIntegration integration,
                                    Function<IntegrationSettings, Optional<URI>> webhook, String webhookName) {
        Optional<URI> url = integration == null ? Optional.empty() : webhook.apply(integration.settings());
        if (url.isEmpty()) {
            return new Destination(null, null, "the tenant has no " + webhookName + " URL");
        }
        if (!integration.secrets().isSet()) {
            return new Destination(null, null, "the tenant has no signing secret");
        }
        return new Destination(url.get(), cipher.open(integration.secrets().current()), null);
    }

    private void settle(ClaimedWork work, WebhookOutcome outcome) {
        if (outcome instanceof WebhookOutcome.Accepted accepted) {
            accepted(work, accepted);
        } else if (outcome instanceof WebhookOutcome.Retry retry) {
            retry(work, retry.reason(), retry.retryAfter());
        } else {
            failed(work, ((WebhookOutcome.Fail) outcome).reason());
        }
    }

    private void accepted(ClaimedWork work, WebhookOutcome.Accepted accepted) {
        OutboxEntry entry = work.entry();
        if (entry.kind() == OutboxEntry.Kind.DELIVERY) {
            List<LiveEvent> events = new ArrayList<>();
            transactions.runInTenant(work.tenant(), () -> {
                if (stores.outbox().release(entry.sent(clock.instant()), work.claimToken())) {
                    stores.messages().findById(entry.messageId()).ifPresent(message ->
                            markDelivery(message, Delivery.sent(clock.instant()), events));
                }
            });
            announce(work.tenant(), events);
            return;
        }
        if (accepted.unreadableBody().isPresent()) {
            retry(work, "the AI webhook answered " + accepted.status() + " with " + accepted.unreadableBody().get(),
                    Optional.empty());
            return;
        }
        if (!AiReply.isAnswer(accepted.json())) {
            // taken for later: the answer comes to the callback endpoint
            transactions.runInTenant(work.tenant(), () ->
                    stores.outbox().release(entry.sent(clock.instant()), work.claimToken()));
            return;
        }
        AiReply reply;
        try {
            reply = AiReply.from(accepted.json());
        } catch (ValidationException e) {
            retry(work, "the AI webhook answered with an answer that is not valid: " + e.getMessage(),
                    Optional.empty());
            return;
        }
        try {
            conversations.takeAiAnswer(work.tenant(), entry.id(), reply,
                    () -> stores.outbox().release(entry.sent(clock.instant()), work.claimToken()));
        } catch (ChatMovedOnException | NotFoundException e) {
            LOG.info("AI answer to request " + entry.id() + " of tenant " + work.tenant() + " not sent: "
                    + e.getMessage());
            transactions.runInTenant(work.tenant(), () ->
                    stores.outbox().release(entry.sent(clock.instant()), work.claimToken()));
        }
    }

    private void retry(ClaimedWork work, String reason, Optional<Duration> retryAfter) {
        OutboxEntry entry = work.entry();
        if (entry.attempts() >= settings.maxAttempts()) {
            failed(work, reason + " (gave up after " + entry.attempts() + " attempts)");
            return;
        }
        Duration delay = retryAfter.orElseGet(() -> backoff(entry.attempts()));
        LOG.warning("outbox " + entry.kind().code() + " " + entry.id() + " of tenant " + work.tenant() + ", attempt "
                + entry.attempts() + ": " + reason + "; trying again in " + delay.toMillis() + " ms");
        List<LiveEvent> events = new ArrayList<>();
        transactions.runInTenant(work.tenant(), () -> {
            Instant now = clock.instant();
            if (stores.outbox().release(entry.retryAt(now.plus(delay), reason), work.claimToken())
                    && entry.kind() == OutboxEntry.Kind.DELIVERY) {
                stores.messages().findById(entry.messageId()).ifPresent(message ->
                        markDelivery(message, Delivery.retrying(reason, now), events));
            }
        });
        announce(work.tenant(), events);
    }

    private void failed(ClaimedWork work, String reason) {
        failed(work, reason, Level.WARNING);
    }

    private void failed(ClaimedWork work, String reason, Level level) {
        OutboxEntry entry = work.entry();
        LOG.log(level, "outbox " + entry.kind().code() + " " + entry.id() + " of tenant " + work.tenant()
                + " failed: " + reason);
        if (entry.kind() == OutboxEntry.Kind.AI_REQUEST) {
            conversations.giveUpOnAi(work.tenant(), entry.id(),
                    () -> stores.outbox().release(entry.failed(reason), work.claimToken()));
            return;
        }
        List<LiveEvent> events = new ArrayList<>();
        transactions.runInTenant(work.tenant(), () -> {
            if (stores.outbox().release(entry.failed(reason), work.claimToken())) {
                stores.messages().findById(entry.messageId()).ifPresent(message ->
                        markDelivery(message, Delivery.failed(reason, clock.instant()), events));
            }
        });
        announce(work.tenant(), events);
    }

    /**
     * Deletes outbox entries and AI turns that finished more than the retention ago (sent, cancelled
     * or failed; answered, timed out or superseded), a batch at a time so no transaction runs long.
     *
     * @return how many rows were deleted
     */
    public int purgeFinished() {
        Instant before = clock.instant().minus(settings.retention());
        int purged = 0;
        int batch;
        do {
            batch = transactions.inPlatform(() -> stores.queues().purgeFinished(before, PURGE_BATCH));
            purged += batch;
        } while (batch > 0);
        return purged;
    }

    /**
     * Exponential backoff with jitter: the n-th retry waits between half and all of
     * {@code firstRetryDelay * 2^(n-1)}, at most {@code maxRetryDelay}, so that the retries of many
     * entries that failed together do not arrive together.
     */
    Duration backoff(int attempts) {
        long first = settings.firstRetryDelay().toMillis();
        long exponential = first << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, settings.maxRetryDelay().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private void markDelivery(Message message, Delivery delivery, List<LiveEvent> events) {
        stores.messages().updateDelivery(message.id(), delivery);
        events.add(new LiveEvent.DeliveryChanged(message.chatId(), message.withDelivery(delivery)));
    }

    private void announce(TenantId tenant, List<LiveEvent> events) {
        liveEvents.publishAll(tenant, events);
    }
}
