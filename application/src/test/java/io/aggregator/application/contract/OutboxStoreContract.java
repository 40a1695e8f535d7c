package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.MessageId;
import org.junit.jupiter.api.Test;

public abstract class OutboxStoreContract extends StoreContract {

    @Test
    void entriesAreListedPerChatOldestFirstWithinTheirTenant() {
        Chat chat = TestData.chat("outbox-1");
        OutboxEntry ai = OutboxEntry.pending(OutboxEntry.Kind.AI_REQUEST, chat.id(), MessageId.newId(), TestData.NOW);
        OutboxEntry delivery = OutboxEntry.pending(OutboxEntry.Kind.DELIVERY, chat.id(), MessageId.newId(),
                TestData.NOW.plusMillis(1));
        inA(() -> {
            ports.chats().add(chat);
            ports.outbox().add(delivery);
            ports.outbox().add(ai);
            return null;
        });

        assertThat(inA(() -> ports.outbox().listByChat(chat.id()))).containsExactly(ai, delivery);
        assertThat(inB(() -> ports.outbox().listByChat(chat.id()))).isEmpty();
    }

    @Test
    void workForAChatThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> inA(() -> {
            ports.outbox().add(OutboxEntry.pending(OutboxEntry.Kind.DELIVERY, ChatId.newId(), MessageId.newId(),
                    TestData.NOW));
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }
}
