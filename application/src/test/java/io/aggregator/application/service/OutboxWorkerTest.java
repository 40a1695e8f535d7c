package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.inmemory.RecordingLiveEvents;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.IncomingMessage;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.Receipt;
import io.aggregator.application.port.out.ClaimedWork;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.SecretCipher;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.application.port.out.WebhookCall;
import io.aggregator.application.port.out.WebhookOutcome;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.DeliveryStatus;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {
    private static final TenantId SHOP = TenantId.of("bike_shop");
    private static final URI AI = URI.create("http://127.0.0.1:5678/webhook/ai");
    private static final URI DELIVERIES = URI.create("http://127.0.0.1:5678/webhook/deliver");

    private final StorePorts ports = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final RecordingLiveEvents events = new RecordingLiveEvents();
    /** Seals by marking: enough to see that the worker opens what the store holds. */
    private final SecretCipher cipher = new SecretCipher() {
        @Override
        public String seal(String secret) {
            return "sealed:" + secret;
        }

        @Override
        public String open(String sealed) {
            return sealed.substring("sealed:".length());
        }
    };
    private final TenantConfigurations configurations = ports.configurations();
    private final ConversationService conversations = new ConversationService(ports.transactions(),
            ports.conversationStores(), new FaqMatcherCache(), configurations, events, clock,
            Message.MAX_TEXT_LENGTH);
    private final List<WebhookCall> calls = new ArrayList<>();
    private final Deque<WebhookOutcome> outcomes = new ArrayDeque<>();
    private final OutboxWorker worker = new OutboxWorker(ports.transactions(), ports.outboxStores(),
            new FaqMatcherCache(), configurations, conversations, call -> {
                calls.add(call);
                return outcomes.isEmpty() ? new WebhookOutcome.Accepted(200, Map.of(), Optional.empty())
                        : outcomes.poll();
            }, cipher, events, clock, new OutboxWorker.Settings(3, Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(11), 4,
            URI.create("https://aggregator.example.com/"), Duration.ofDays(30)));

    @BeforeEach
    void aShopConnectedToItsN8n() {
        ports.transactions().runInTenant(SHOP, () -> {
            ports.tenants().add(Tenant.create(SHOP, "Bike Shop", clock.instant()));
            ports.settings().save(new TenantSettings("You rent bikes.", HandoverMode.IMMEDIATE, Language.EN,
                    Thresholds.fromMap(Map.of("response_timeout", 30))));
        });
        connect(Optional.of(AI), Optional.of(DELIVERIES));
    }

    private void connect(Optional<URI> ai, Optional<URI> deliveries) {
        ports.transactions().runInTenant(SHOP, () -> ports.integration().save(new StoredIntegration(
                new IntegrationSettings(ai, deliveries, 10, 3),
                new SealedSecrets(cipher.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), null, null, clock.instant()),
                clock.instant())));
    }

    private Receipt customerAsks(String text) {
        return conversations.receive(SHOP, new IncomingMessage("telegram", "42", "m-" + text.hashCode(),
                new Customer("Ann", null, null), text, List.of(), clock.instant()));
    }

    /** One round of a worker: claim what is due and send it. */
    private int round() {
        List<ClaimedWork> claimed = worker.claim(10);
        claimed.forEach(worker::send);
        return claimed.size();
    }

    private List<Message> history(Receipt receipt) {
        return ports.transactions().inTenant(SHOP, () -> ports.messages().listBefore(receipt.chatId(), null, 50));
    }

    private OutboxEntry aiRequest(Receipt receipt) {
        return ports.transactions().inTenant(SHOP, () -> ports.outbox().listByChat(receipt.chatId())).stream()
                .filter(entry -> entry.kind() == OutboxEntry.Kind.AI_REQUEST).findFirst().orElseThrow();
    }

    @Test
    void theRetryDelayDoublesWithJitter_upToItsCeiling() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            long full = Math.min(2_000L << (attempt - 1), 30_000L);
            for (int sample = 0; sample < 20; sample++) {
                assertThat(worker.backoff(attempt).toMillis()).as("attempt %d", attempt)
                        .isBetween(full / 2, full);
            }
        }
    }

    @Test
    void theAiRequestCarriesTheConversation_andItsCallbackUrl() {
        Receipt receipt = customerAsks("Do you rent tandems?");

        assertThat(round()).isEqualTo(1);

        WebhookCall call = calls.get(0);
        assertThat(call.url()).isEqualTo(AI);
        assertThat(call.secret()).isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(call.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(call.payload()).containsEntry("request_id", call.webhookId())
                .containsEntry("callback_url", "https://aggregator.example.com/api/v1/tenants/bike_shop/ai-callbacks/"
                        + call.webhookId())
                .containsEntry("respond_by", "2026-11-27T10:00:30Z");
        assertThat(call.webhookId()).isEqualTo(aiRequest(receipt).id().toString());
        assertThat(aiRequest(receipt).status()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void garbageFromTheAiIsRetried_andWhenAttemptsRunOutTheCustomerGetsTheFallbackAtOnce() {
        Receipt receipt = customerAsks("Do you rent tandems?");
        for (int attempt = 0; attempt < 3; attempt++) {
            outcomes.add(new WebhookOutcome.Accepted(200, Map.of(), Optional.of("not JSON: <html>")));
        }

        round();
        OutboxEntry retrying = aiRequest(receipt);
        assertThat(retrying.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(retrying.lastError()).contains("not JSON");
        // within the response timeout of 30 s: the retries come due after at most 2 s, then 4 s
        clock.advance(Duration.ofSeconds(5));
        round();
        clock.advance(Duration.ofSeconds(5));
        round();

        assertThat(aiRequest(receipt).status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(aiRequest(receipt).lastError()).contains("gave up after 3 attempts");
        assertThat(history(receipt)).anySatisfy(message -> assertThat(message.source())
                .isEqualTo(AnswerSource.FALLBACK));
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.chats().findById(receipt.chatId()))
                .orElseThrow().mode()).isEqualTo(ChatMode.MANAGER);
    }

    @Test
    void aRefusalFailsAtOnce_andADeliveryWithoutAWebhookFailsSayingSo() {
        connect(Optional.of(AI), Optional.empty());
        Receipt receipt = customerAsks("Do you rent tandems?");
        outcomes.add(new WebhookOutcome.Fail("the webhook answered 404"));

        round();
        round();

        assertThat(aiRequest(receipt).status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(aiRequest(receipt).attempts()).isEqualTo(1);
        Message fallback = history(receipt).stream().filter(m -> m.source() == AnswerSource.FALLBACK).findFirst()
                .orElseThrow();
        assertThat(fallback.delivery().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(fallback.delivery().error()).isEqualTo("the tenant has no delivery webhook URL");
        assertThat(calls).hasSize(1);
    }

    @Test
    void finishedWorkIsKeptForTheRetention_thenDeleted() {
        Receipt receipt = customerAsks("Do you rent tandems?");
        round();
        UUID sent = aiRequest(receipt).id();

        clock.advance(Duration.ofDays(29));
        assertThat(worker.purgeFinished()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(worker.purgeFinished()).isEqualTo(1);

        assertThat(ports.transactions().inTenant(SHOP, () -> ports.outbox().findById(sent))).isEmpty();
    }

    @Test
    void aQuestionAManagerTookOverIsNotSentToTheAi() {
        Receipt receipt = customerAsks("Do you rent tandems?");
        conversations.takeOver(SHOP, UserId.newId(), receipt.chatId());

        round();

        assertThat(calls).isEmpty();
        assertThat(aiRequest(receipt).status()).isEqualTo(OutboxEntry.Status.CANCELLED);
    }
}
