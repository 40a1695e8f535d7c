package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.adapter.postgres.TestDatabase;
import io.aggregator.adapter.security.AesGcmSecretCipher;
import io.aggregator.adapter.security.DeploymentKey;
import io.aggregator.application.contract.TestData;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.inmemory.RecordingLiveEvents;
import io.aggregator.application.port.out.ClaimedWork;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.application.port.out.WebhookCall;
import io.aggregator.application.port.out.WebhookOutcome;
import io.aggregator.application.port.out.WebhookSender;
import io.aggregator.application.service.ConversationService;
import io.aggregator.application.service.FaqMatcherCache;
import io.aggregator.application.service.OutboxWorker;
import io.aggregator.application.service.TenantConfigurations;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.DeliveryStatus;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbox workers sharing one PostgreSQL, as the nodes of a cluster do: a worker that dies between
 * claiming and sending leaves its entry to another once the lease ends, and workers racing for the
 * same queue never send one entry twice. The workers' clock stands in a past year of each test's own,
 * so that no entry of another test is ever due for them.
 */
class OutboxWorkersOnPostgresTest {
    private static final AtomicLong TEST_YEARS = new AtomicLong();
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final PostgresPersistence persistence = TestDatabase.get().persistence();
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(DeploymentKey.generate());
    private final Queue<String> sent = new ConcurrentLinkedQueue<>();
    private MutableClock clock;

    /** Takes every delivery at once, as a healthy n8n would, and notes the webhook id it carried. */
    private final WebhookSender receiver = call -> {
        sent.add(call.webhookId());
        return new WebhookOutcome.Accepted(200, Map.of(), Optional.empty());
    };

    @BeforeEach
    void aClockOfItsOwn() {
        clock = new MutableClock(Instant.parse("1990-01-01T00:00:00Z").plus(Duration.ofDays(
                366 * TEST_YEARS.incrementAndGet())));
    }

    private OutboxWorker worker(WebhookSender sender) {
        var transactions = persistence.transactions();
        RecordingLiveEvents events = new RecordingLiveEvents();
        TenantConfigurations configurations = Services.configurations(persistence);
        ConversationService conversations = new ConversationService(transactions,
                Services.conversationStores(persistence), new FaqMatcherCache(), configurations, events, clock,
                Message.MAX_TEXT_LENGTH);
        OutboxWorker.Settings settings = new OutboxWorker.Settings(3, Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofSeconds(5), LEASE, LEASE, 4, URI.create("http://localhost:8080"), Duration.ofDays(30));
        return new OutboxWorker(transactions, Services.outboxStores(persistence), new FaqMatcherCache(),
                configurations, conversations, sender, cipher, events, clock, settings);
    }

    /** A connected tenant with {@code count} bot messages waiting for delivery; returns their outbox ids. */
    private List<UUID> tenantWithDeliveries(int count) {
        TenantId tenant = TestData.randomTenantId();
        List<UUID> queued = new ArrayList<>();
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.tenants().add(TestData.tenant(tenant));
            persistence.integration().save(new StoredIntegration(new IntegrationSettings(Optional.empty(),
                    Optional.of(URI.create("http://127.0.0.1:9/deliver")), 10, 3),
                    new SealedSecrets(cipher.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), null, null,
                            clock.instant()), clock.instant()));
            Chat chat = TestData.chat("workers");
            persistence.chats().add(chat);
            for (int i = 0; i < count; i++) {
                Message answer = Message.outgoing(chat.id(), Author.BOT, AnswerSource.FAQ, null, "answer " + i,
                        clock.instant());
                persistence.messages().addIfNew(answer);
                OutboxEntry delivery = OutboxEntry.pending(OutboxEntry.Kind.DELIVERY, chat.id(), answer.id(),
                        clock.instant());
                persistence.outbox().add(delivery);
                queued.add(delivery.id());
            }
        });
        return queued;
    }

    @Test
    void aWorkerThatDiesBetweenClaimAndSend_leavesTheEntryToAnotherWhenTheLeaseEnds() {
        UUID entry = tenantWithDeliveries(1).get(0);
        List<ClaimedWork> claimedByTheDead = worker(receiver).claim(10);
        assertThat(claimedByTheDead).extracting(work -> work.entry().id()).containsExactly(entry);

        OutboxWorker survivor = worker(receiver);
        clock.advance(LEASE.minusSeconds(1));
        assertThat(survivor.claim(10)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        List<ClaimedWork> reclaimed = survivor.claim(10);
        reclaimed.forEach(survivor::send);

        assertThat(reclaimed).extracting(work -> work.entry().attempts()).containsExactly(2);
        assertThat(sent).containsExactly(entry.toString());
        ClaimedWork work = reclaimed.get(0);
        assertThat(persistence.transactions().inTenant(work.tenant(), () -> persistence.outbox().findById(entry)))
                .hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(OutboxEntry.Status.SENT));
        assertThat(persistence.transactions().inTenant(work.tenant(),
                () -> persistence.messages().findById(work.entry().messageId())).orElseThrow().delivery().status())
                .isEqualTo(DeliveryStatus.SENT);
        // the dead worker's claim is void: its late result would change nothing
        ClaimedWork dead = claimedByTheDead.get(0);
        assertThat(persistence.transactions().inTenant(dead.tenant(),
                () -> persistence.outbox().release(dead.entry().failed("late"), dead.claimToken()))).isFalse();
    }

    @Test
    void workersRacingForOneQueueSendEveryEntryExactlyOnce() throws Exception {
        List<UUID> queued = new ArrayList<>();
        for (int tenant = 0; tenant < 4; tenant++) {
            queued.addAll(tenantWithDeliveries(30));
        }
        List<OutboxWorker> workers = List.of(worker(receiver), worker(receiver));
        int threadsPerWorker = 4;
        ExecutorService threads = Executors.newFixedThreadPool(workers.size() * threadsPerWorker);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (OutboxWorker worker : workers) {
            for (int i = 0; i < threadsPerWorker; i++) {
                running.add(threads.submit(() -> {
                    start.await();
                    // until as many webhooks arrived as entries were queued: a row sent twice would leave
                    // another unsent, which the assertion below shows
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (sent.size() < queued.size() && System.nanoTime() < deadline) {
                        worker.claim(3).forEach(worker::send);
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> thread : running) {
            thread.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(sent).hasSize(queued.size());
        assertThat(sent).containsExactlyInAnyOrderElementsOf(queued.stream().map(UUID::toString).toList());
    }
}
