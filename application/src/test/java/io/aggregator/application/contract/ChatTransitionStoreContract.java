package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.ChatTransitionStore.Recorded;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.conversation.Actor;
import io.aggregator.domain.conversation.ChatTransition;
import io.aggregator.domain.conversation.Reason;
import io.aggregator.domain.user.UserId;
import org.junit.jupiter.api.Test;

public abstract class ChatTransitionStoreContract extends StoreContract {

    @Test
    void transitionsAreKeptInOrderWithWhoCausedThemWithinTheTenant() {
        Chat chat = TestData.chat("transitions-1");
        ChatTransition asked = new ChatTransition(ChatMode.BOT, ChatMode.MANAGER, Reason.CUSTOMER_ASKED_FOR_HUMAN,
                Actor.CUSTOMER);
        ChatTransition givenBack = new ChatTransition(ChatMode.MANAGER, ChatMode.BOT, Reason.MANAGER_GAVE_BACK,
                Actor.manager(UserId.newId()));
        inA(() -> {
            ports.chats().add(chat);
            ports.transitions().add(chat.id(), givenBack, TestData.NOW.plusSeconds(60));
            ports.transitions().add(chat.id(), asked, TestData.NOW);
            return null;
        });

        assertThat(inA(() -> ports.transitions().listByChat(chat.id()))).containsExactly(
                new Recorded(chat.id(), asked, TestData.NOW), new Recorded(chat.id(), givenBack, TestData.NOW.plusSeconds(60)));
        assertThat(inB(() -> ports.transitions().listByChat(chat.id()))).isEmpty();
    }

    @Test
    void aTransitionOfAChatThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> inA(() -> {
            ports.transitions().add(ChatId.newId(), new ChatTransition(ChatMode.BOT, ChatMode.MANAGER,
                    Reason.NO_ANSWER, Actor.BOT), TestData.NOW);
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }
}
