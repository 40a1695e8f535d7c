package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.AiTurn;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.MessageId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class AiTurnStoreContract extends StoreContract {

    private Chat chatOfA() {
        Chat chat = TestData.chat("turns-" + UUID.randomUUID());
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });
        return chat;
    }

    private AiTurn waiting(Chat chat, int secondsAgo) {
        AiTurn turn = AiTurn.waiting(UUID.randomUUID(), chat.id(), MessageId.newId(),
                TestData.NOW.minusSeconds(secondsAgo), TestData.NOW.plusSeconds(30 - secondsAgo));
        inA(() -> {
            ports.aiTurns().add(turn);
            return null;
        });
        return turn;
    }

    @Test
    void aTurnIsStoredAndFinishedWithItsDetails_withinItsTenant() {
        AiTurn turn = waiting(chatOfA(), 0);
        AiTurn answered = turn.finished(AiTurn.State.ANSWERED, TestData.NOW.plusSeconds(2),
                Map.of("confidence", 0.8, "model", "gpt-4o-mini", "tokens", 212));

        inA(() -> {
            ports.aiTurns().update(answered);
            return null;
        });

        assertThat(inA(() -> ports.aiTurns().find(turn.id()))).contains(answered);
        assertThat(inA(() -> ports.aiTurns().lock(turn.id()))).contains(answered);
        assertThat(inA(() -> ports.aiTurns().lockIfWaiting(turn.id()))).isEmpty();
        assertThat(inB(() -> ports.aiTurns().find(turn.id()))).isEmpty();
    }

    @Test
    void supersedingEndsTheChatsWaitingTurnsAskedBeforeAMoment_orAllOfThem() {
        Chat chat = chatOfA();
        AiTurn oldest = waiting(chat, 20);
        AiTurn older = waiting(chat, 10);
        AiTurn newest = waiting(chat, 0);
        AiTurn elsewhere = waiting(chatOfA(), 30);

        assertThat(inA(() -> ports.aiTurns().supersedeWaiting(chat.id(), newest.askedAt(), TestData.NOW)))
                .isEqualTo(2);
        assertThat(inA(() -> ports.aiTurns().find(oldest.id())).orElseThrow().state())
                .isEqualTo(AiTurn.State.SUPERSEDED);
        assertThat(inA(() -> ports.aiTurns().find(older.id())).orElseThrow().finishedAt()).isEqualTo(TestData.NOW);
        assertThat(inA(() -> ports.aiTurns().lockIfWaiting(newest.id()))).isPresent();

        assertThat(inA(() -> ports.aiTurns().supersedeWaiting(chat.id(), null, TestData.NOW))).isEqualTo(1);
        assertThat(inA(() -> ports.aiTurns().find(newest.id())).orElseThrow().isWaiting()).isFalse();
        assertThat(inA(() -> ports.aiTurns().find(elsewhere.id())).orElseThrow().isWaiting()).isTrue();
    }
}
