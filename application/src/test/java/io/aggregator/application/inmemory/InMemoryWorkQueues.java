package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.ClaimedWork;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.WorkQueues;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The queues over every tenant's in-memory rows, claimed as the PostgreSQL adapter claims them. */
public final class InMemoryWorkQueues implements WorkQueues {
    private final InMemoryTransactions transactions;

    InMemoryWorkQueues(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private record Due(TenantId tenant, OutboxEntry entry) {
    }

    @Override
    public List<ClaimedWork> claimOutbox(Claim claim) {
        InMemoryDatabase database = transactions.platformDatabase();
        Map<TenantId, Integer> inFlight = new HashMap<>();
        List<Due> due = new ArrayList<>();
        database.outbox.all().forEach((tenant, entries) -> entries.values().forEach(entry -> {
            if (entry.status() != OutboxEntry.Status.PENDING) {
                return;
            }
            boolean claimed = database.outboxClaims.of(tenant).containsKey(entry.id());
            if (claimed && entry.nextAttemptAt().isAfter(claim.now())) {
                inFlight.merge(tenant, 1, Integer::sum);
            } else if (!entry.nextAttemptAt().isAfter(claim.now())) {
                due.add(new Due(tenant, entry));
            }
        }));
        due.sort(Comparator.comparing((Due d) -> d.entry().nextAttemptAt())
                .thenComparing(d -> d.entry().id(), UuidOrder.AS_POSTGRESQL));
        List<ClaimedWork> claimed = new ArrayList<>();
        for (Due candidate : due) {
            if (claimed.size() == claim.limit()) {
                break;
            }
            if (inFlight.getOrDefault(candidate.tenant(), 0) >= claim.perTenant()) {
                continue;
            }
            inFlight.merge(candidate.tenant(), 1, Integer::sum);
            OutboxEntry entry = candidate.entry();
            Instant leaseEnd = claim.now().plus(entry.kind() == OutboxEntry.Kind.DELIVERY ? claim.deliveryLease()
                    : claim.aiRequestLease());
            OutboxEntry leased = new OutboxEntry(entry.id(), entry.kind(), entry.chatId(), entry.messageId(),
                    entry.status(), entry.attempts() + 1, leaseEnd, entry.lastError(), entry.createdAt(),
                    entry.sentAt());
            database.outbox.of(candidate.tenant()).put(entry.id(), leased);
            database.outboxClaims.of(candidate.tenant()).put(entry.id(), claim.token());
            claimed.add(new ClaimedWork(candidate.tenant(), leased, claim.token()));
        }
        return claimed;
    }

    @Override
    public List<DueTurn> dueAiTurns(Instant now, int limit) {
        InMemoryDatabase database = transactions.platformDatabase();
        List<Map.Entry<TenantId, AiTurn>> due = new ArrayList<>();
        database.aiTurns.all().forEach((tenant, turns) -> turns.values().stream()
                .filter(turn -> turn.isWaiting() && !turn.deadlineAt().isAfter(now))
                .forEach(turn -> due.add(Map.entry(tenant, turn))));
        return due.stream()
                .sorted(Comparator.comparing(entry -> entry.getValue().deadlineAt()))
                .limit(limit)
                .map(entry -> new DueTurn(entry.getKey(), entry.getValue().id()))
                .toList();
    }

    @Override
    public int purgeFinished(Instant before, int limit) {
        InMemoryDatabase database = transactions.platformDatabase();
        List<Map.Entry<TenantId, OutboxEntry>> entries = new ArrayList<>();
        database.outbox.all().forEach((tenant, rows) -> rows.values().stream()
                .filter(entry -> entry.status() != OutboxEntry.Status.PENDING && entry.createdAt().isBefore(before))
                .forEach(entry -> entries.add(Map.entry(tenant, entry))));
        List<Map.Entry<TenantId, AiTurn>> turns = new ArrayList<>();
        database.aiTurns.all().forEach((tenant, rows) -> rows.values().stream()
                .filter(turn -> !turn.isWaiting() && turn.askedAt().isBefore(before))
                .forEach(turn -> turns.add(Map.entry(tenant, turn))));
        entries.sort(Comparator.comparing(row -> row.getValue().createdAt()));
        turns.sort(Comparator.comparing(row -> row.getValue().askedAt()));
        List<Map.Entry<TenantId, OutboxEntry>> purgedEntries = entries.subList(0, Math.min(limit, entries.size()));
        List<Map.Entry<TenantId, AiTurn>> purgedTurns = turns.subList(0, Math.min(limit, turns.size()));
        purgedEntries.forEach(row -> database.outbox.of(row.getKey()).remove(row.getValue().id()));
        purgedTurns.forEach(row -> database.aiTurns.of(row.getKey()).remove(row.getValue().id()));
        return purgedEntries.size() + purgedTurns.size();
    }

    /** For {@link InMemoryOutboxStore}: whether {@code token} still holds the entry. */
    static boolean holds(InMemoryDatabase database, TenantId tenant, UUID id, UUID token) {
        return token.equals(database.outboxClaims.of(tenant).get(id));
    }
}
