package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.ClaimedWork;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cross-tenant queues and the outbox's claim cycle. The queues see every tenant of the database,
 * so each test works in a time of its own, long past, and first leases away whatever an earlier test
 * left due in it.
 */
public abstract class WorkQueuesContract extends StoreContract {
    private static final AtomicLong TEST_DAYS = new AtomicLong();
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration FOREVER = Duration.ofDays(365L * 200);

    private Instant now;
    private Chat chatOfA;
    private Chat chatOfB;

    @BeforeEach
    void aTimeOfItsOwnAndAChatPerTenant() {
        now = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofDays(TEST_DAYS.incrementAndGet() * 10));
        while (!claim(10_000, 10_000, FOREVER, now.plus(Duration.ofDays(9))).isEmpty()) {
            // leased for two centuries: out of every later test's way
        }
        chatOfA = TestData.chat("queue-a");
        chatOfB = TestData.chat("queue-b");
        inA(() -> {
            ports.chats().add(chatOfA);
            return null;
        });
        inB(() -> {
            ports.chats().add(chatOfB);
            return null;
        });
    }

    private List<ClaimedWork> claim(int limit, int perTenant, Duration lease, Instant at) {
        return ports.transactions().inPlatform(() -> ports.queues().claimOutbox(
                new WorkQueues.Claim(UUID.randomUUID(), limit, perTenant, lease, lease, at)));
    }

    private OutboxEntry queue(TenantId tenant, Chat chat, Instant due) {
        OutboxEntry entry = OutboxEntry.pending(OutboxEntry.Kind.DELIVERY, chat.id(), MessageId.newId(), due);
        ports.transactions().runInTenant(tenant, () -> ports.outbox().add(entry));
        return entry;
    }

    @Test
    void dueEntriesOfEveryTenantAreClaimedOldestFirst_withTheAttemptCounted_andNotYetDueOnesWait() {
        OutboxEntry second = queue(tenantB, chatOfB, now.minusSeconds(5));
        OutboxEntry first = queue(tenantA, chatOfA, now.minusSeconds(10));
        queue(tenantA, chatOfA, now.plusSeconds(30));

        List<ClaimedWork> claimed = claim(10, 10, LEASE, now);

        assertThat(claimed).extracting(work -> work.entry().id()).containsExactly(first.id(), second.id());
        assertThat(claimed).extracting(ClaimedWork::tenant).containsExactly(tenantA, tenantB);
        assertThat(claimed.get(0).entry().attempts()).isEqualTo(1);
        assertThat(claimed.get(0).entry().nextAttemptAt()).isEqualTo(now.plus(LEASE));
    }

    @Test
    void aClaimedEntryIsNotClaimedAgainUntilItsLeaseEnds() {
        OutboxEntry entry = queue(tenantA, chatOfA, now);
        assertThat(claim(10, 10, LEASE, now)).hasSize(1);

        assertThat(claim(10, 10, LEASE, now.plusSeconds(59))).isEmpty();
        List<ClaimedWork> again = claim(10, 10, LEASE, now.plus(LEASE));
        assertThat(again).extracting(work -> work.entry().id()).containsExactly(entry.id());
        assertThat(again.get(0).entry().attempts()).isEqualTo(2);
    }

    @Test
    void aTenantHasNoMoreThanItsBoundInFlight_andOthersAreServedMeanwhile() {
        for (int i = 0; i < 5; i++) {
            queue(tenantA, chatOfA, now.minusSeconds(100 - i));
        }
        OutboxEntry ofB = queue(tenantB, chatOfB, now);

        List<ClaimedWork> first = claim(10, 2, LEASE, now);
        assertThat(first).filteredOn(work -> work.tenant().equals(tenantA)).hasSize(2);
        assertThat(first).extracting(work -> work.entry().id()).contains(ofB.id());
        assertThat(claim(10, 2, LEASE, now)).isEmpty();

        ClaimedWork done = first.get(0);
        assertThat(inA(() -> ports.outbox().release(done.entry().sent(now), done.claimToken()))).isTrue();
        assertThat(claim(10, 2, LEASE, now)).hasSize(1);
    }

    @Test
    void onlyTheHolderOfTheClaimRecordsTheResult() {
        OutboxEntry entry = queue(tenantA, chatOfA, now);
        ClaimedWork late = claim(1, 1, LEASE, now).get(0);
        ClaimedWork current = claim(1, 1, LEASE, now.plus(LEASE)).get(0);

        assertThat(inA(() -> ports.outbox().release(late.entry().sent(now), late.claimToken()))).isFalse();
        assertThat(inA(() -> ports.outbox().release(current.entry().retryAt(now.plusSeconds(90), "503"),
                current.claimToken()))).isTrue();

        OutboxEntry stored = inA(() -> ports.outbox().findById(entry.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(stored.lastError()).isEqualTo("503");
        assertThat(stored.nextAttemptAt()).isEqualTo(now.plusSeconds(90));
        assertThat(claim(1, 1, LEASE, now.plusSeconds(89))).isEmpty();
        assertThat(claim(1, 1, LEASE, now.plusSeconds(90))).hasSize(1);
    }

    @Test
    void failedEntriesAreListedNewestFirst_andARetryQueuesOneAgainFromAFreshCount() {
        OutboxEntry older = queue(tenantA, chatOfA, now.minusSeconds(2));
        OutboxEntry newer = queue(tenantA, chatOfA, now.minusSeconds(1));
        for (ClaimedWork work : claim(10, 10, LEASE, now)) {
            inA(() -> ports.outbox().release(work.entry().failed("410 Gone"), work.claimToken()));
        }

        assertThat(inA(() -> ports.outbox().listFailed(10))).extracting(OutboxEntry::id)
                .containsExactly(newer.id(), older.id());
        assertThat(inB(() -> ports.outbox().listFailed(10))).isEmpty();
        assertThat(inB(() -> ports.outbox().retryFailed(older.id(), now))).isEmpty();

        OutboxEntry queued = inA(() -> ports.outbox().retryFailed(older.id(), now.plusSeconds(5))).orElseThrow();
        assertThat(queued.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(queued.attempts()).isZero();
        assertThat(inA(() -> ports.outbox().retryFailed(older.id(), now))).isEmpty();
        assertThat(claim(10, 10, LEASE, now.plusSeconds(5))).extracting(work -> work.entry().id())
                .containsExactly(older.id());
    }

    @Test
    void finishedWorkOlderThanTheRetentionIsPurged_pendingAndWaitingWorkStays() {
        OutboxEntry sent = queue(tenantA, chatOfA, now.minusSeconds(30));
        OutboxEntry failed = queue(tenantB, chatOfB, now.minusSeconds(20));
        OutboxEntry pending = queue(tenantA, chatOfA, now.plusSeconds(60));
        for (ClaimedWork work : claim(10, 10, LEASE, now)) {
            ports.transactions().runInTenant(work.tenant(), () -> ports.outbox().release(
                    work.entry().id().equals(sent.id()) ? work.entry().sent(now) : work.entry().failed("410"),
                    work.claimToken()));
        }
        AiTurn answered = AiTurn.waiting(UUID.randomUUID(), chatOfA.id(), MessageId.newId(), now.minusSeconds(40),
                now.minusSeconds(10)).finished(AiTurn.State.ANSWERED, now.minusSeconds(35), java.util.Map.of());
        AiTurn waiting = AiTurn.waiting(UUID.randomUUID(), chatOfA.id(), MessageId.newId(), now.minusSeconds(40),
                now.plusSeconds(30));
        inA(() -> {
            ports.aiTurns().add(answered);
            ports.aiTurns().add(waiting);
            return null;
        });

        int purged = ports.transactions().inPlatform(() -> ports.queues().purgeFinished(now.plusSeconds(1), 1_000));

        assertThat(purged).isGreaterThanOrEqualTo(3);
        assertThat(inA(() -> ports.outbox().findById(sent.id()))).isEmpty();
        assertThat(inB(() -> ports.outbox().findById(failed.id()))).isEmpty();
        assertThat(inA(() -> ports.outbox().findById(pending.id()))).isPresent();
        assertThat(inA(() -> ports.aiTurns().find(answered.id()))).isEmpty();
        assertThat(inA(() -> ports.aiTurns().find(waiting.id()))).isPresent();
    }

    @Test
    void waitingTurnsPastTheirDeadlineAreDue_earliestFirst() {
        AiTurn late = AiTurn.waiting(UUID.randomUUID(), chatOfB.id(), MessageId.newId(), now.minusSeconds(60),
                now.minusSeconds(30));
        AiTurn later = AiTurn.waiting(UUID.randomUUID(), chatOfA.id(), MessageId.newId(), now.minusSeconds(40),
                now.minusSeconds(10));
        AiTurn notYet = AiTurn.waiting(UUID.randomUUID(), chatOfA.id(), MessageId.newId(), now, now.plusSeconds(30));
        AiTurn answered = AiTurn.waiting(UUID.randomUUID(), chatOfA.id(), MessageId.newId(), now.minusSeconds(90),
                now.minusSeconds(60)).finished(AiTurn.State.ANSWERED, now.minusSeconds(70), java.util.Map.of());
        inB(() -> {
            ports.aiTurns().add(late);
            return null;
        });
        inA(() -> {
            ports.aiTurns().add(later);
            ports.aiTurns().add(notYet);
            ports.aiTurns().add(answered);
            return null;
        });

        List<WorkQueues.DueTurn> due = ports.transactions().inPlatform(() -> ports.queues().dueAiTurns(now, 100))
                .stream().filter(turn -> turn.tenant().equals(tenantA) || turn.tenant().equals(tenantB)).toList();

        assertThat(due).containsExactly(new WorkQueues.DueTurn(tenantB, late.id()),
                new WorkQueues.DueTurn(tenantA, later.id()));
    }
}
