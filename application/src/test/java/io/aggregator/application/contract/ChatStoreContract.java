package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.port.out.ConflictException;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import org.junit.jupiter.api.Test;

public abstract class ChatStoreContract extends StoreContract {

    @Test
    void aChatIsFoundByIdAndByItsChannelChatId() {
        Chat chat = TestData.chat("123456789");
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });

        assertThat(inA(() -> ports.chats().findById(chat.id()))).contains(chat);
        assertThat(inA(() -> ports.chats().findByChannelChatId(Channel.of("telegram"), "123456789"))).contains(chat);
        assertThat(inA(() -> ports.chats().findByChannelChatId(Channel.of("whatsapp"), "123456789"))).isEmpty();
    }

    @Test
    void aChatLockedForAChangeIsTheChatFound() {
        Chat chat = TestData.chat("55501");
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });

        assertThat(inA(() -> ports.chats().lockById(chat.id()))).contains(chat);
        assertThat(inA(() -> ports.chats().lockByChannelChatId(Channel.of("telegram"), "55501"))).contains(chat);
        assertThat(inA(() -> ports.chats().lockByChannelChatId(Channel.of("web"), "55501"))).isEmpty();
        assertThat(inB(() -> ports.chats().lockById(chat.id()))).as("another tenant's").isEmpty();
    }

    @Test
    void aChatWithoutCustomerDetailsOrCustomerMessageIsStoredAsIs() {
        Chat chat = new Chat(io.aggregator.domain.chat.ChatId.newId(), Channel.of("web"), "visitor-1",
                Customer.anonymous(), ChatMode.BOT, 0, false, TestData.NOW, TestData.NOW, null);
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });

        assertThat(inA(() -> ports.chats().findById(chat.id()))).contains(chat);
    }

    @Test
    void givenTheSameChannelChatIdTwice_thenTheSecondConflicts() {
        inA(() -> {
            ports.chats().add(TestData.chat("42"));
            return null;
        });

        assertThatThrownBy(() -> inA(() -> {
            ports.chats().add(TestData.chat("42"));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).isEqualTo("channel_chat_id"));
    }

    @Test
    void twoTenantsMayEachHaveAChatWithTheSameChannelChatId() {
        inA(() -> {
            ports.chats().add(TestData.chat("42"));
            return null;
        });
        inB(() -> {
            ports.chats().add(TestData.chat("42"));
            return null;
        });

        assertThat(inB(() -> ports.chats().findByChannelChatId(Channel.of("telegram"), "42"))).isPresent();
    }

    @Test
    void anUpdateChangesModeAndVisibilityWithinTheTenantOnly() {
        Chat chat = TestData.chat("7");
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });
        Chat handedOver = chat.withMode(ChatMode.MANAGER).withBotRepliesSinceHandover(0).withHidden(true);

        assertThat(inB(() -> ports.chats().update(handedOver))).isFalse();
        assertThat(inB(() -> ports.chats().findById(chat.id()))).isEmpty();
        assertThat(inA(() -> ports.chats().update(handedOver))).isTrue();
        assertThat(inA(() -> ports.chats().findById(chat.id()))).contains(handedOver);
    }

    @Test
    void theBotRepliesSinceTheLastHandoverAreStoredAndUpdated() {
        Chat chat = TestData.chat("8").withBotRepliesSinceHandover(3);
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });
        Chat answeredAgain = chat.withBotRepliesSinceHandover(4);

        assertThat(inA(() -> ports.chats().findById(chat.id()))).contains(chat);
        assertThat(inA(() -> ports.chats().update(answeredAgain))).isTrue();
        assertThat(inA(() -> ports.chats().findById(chat.id())))
                .hasValueSatisfying(found -> assertThat(found.botRepliesSinceHandover()).isEqualTo(4));
    }


    @Test
    void handedOverChatsWhoseCustomerIsSilentAreFoundOldestSilenceFirst() {
        Chat quietLong = TestData.chat("quiet-long").withMode(ChatMode.MANAGER).customerWrote(TestData.NOW.minusSeconds(3600));
        Chat quietShort = TestData.chat("quiet-short").withMode(ChatMode.MANAGER).customerWrote(TestData.NOW.minusSeconds(60));
        Chat withBot = TestData.chat("with-bot").customerWrote(TestData.NOW.minusSeconds(3600));
        inA(() -> {
            ports.chats().add(quietLong);
            ports.chats().add(quietShort);
            ports.chats().add(withBot);
            return null;
        });

        assertThat(inA(() -> ports.chats().lockHandedOverSilentSince(TestData.NOW.minusSeconds(600), 10)))
                .extracting(Chat::id).containsExactly(quietLong.id());
        assertThat(inA(() -> ports.chats().lockHandedOverSilentSince(TestData.NOW, 10)))
                .extracting(Chat::id).containsExactly(quietLong.id(), quietShort.id());
        assertThat(inB(() -> ports.chats().lockHandedOverSilentSince(TestData.NOW, 10))).isEmpty();
    }
}
