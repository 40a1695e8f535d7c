package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.AiTurnStore;
import io.aggregator.domain.chat.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Transactions here run one at a time, so a lock is simply a read. */
public final class InMemoryAiTurnStore implements AiTurnStore {
    private final InMemoryTransactions transactions;

    InMemoryAiTurnStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private Map<UUID, AiTurn> rows() {
        return transactions.database().aiTurns.of(transactions.tenant());
    }

    @Override
    public void add(AiTurn turn) {
        var tenant = transactions.tenantForWrite();
        if (!transactions.database().chats.of(tenant).containsKey(turn.chatId())) {
            throw new IllegalStateException("chat " + turn.chatId() + " does not exist");
        }
        rows().put(turn.id(), turn);
    }

    @Override
    public Optional<AiTurn> lock(UUID id) {
        return find(id);
    }

    @Override
    public Optional<AiTurn> lockIfWaiting(UUID id) {
        return find(id).filter(AiTurn::isWaiting);
    }

    @Override
    public Optional<AiTurn> find(UUID id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public void update(AiTurn turn) {
        rows().replace(turn.id(), turn);
    }

    @Override
    public int supersedeWaiting(ChatId chatId, Instant askedBefore, Instant now) {
        List<AiTurn> superseded = rows().values().stream()
                .filter(turn -> turn.isWaiting() && turn.chatId().equals(chatId))
                .filter(turn -> askedBefore == null || turn.askedAt().isBefore(askedBefore))
                .map(turn -> turn.finished(AiTurn.State.SUPERSEDED, now, turn.details()))
                .toList();
        superseded.forEach(this::update);
        return superseded.size();
    }
}
