package io.aggregator.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final ChatId CHAT = ChatId.newId();

    private static Message message(Author author, AnswerSource source, UserId user, String text,
                                   List<Attachment> attachments) {
        return new Message(MessageId.newId(), CHAT, author, source, user, text, attachments, null, NOW, NOW,
                author == Author.CUSTOMER ? null : Delivery.pending(NOW));
    }

    @Test
    void aBotMessageSaysWhereItsAnswerCameFrom() {
        assertThat(message(Author.BOT, AnswerSource.FAQ, null, "We open at 7", List.of()).source())
                .isEqualTo(AnswerSource.FAQ);
        assertThatThrownBy(() -> message(Author.BOT, null, null, "hi", List.of()))
                .hasMessage("source: is required for a bot message");
        assertThatThrownBy(() -> message(Author.CUSTOMER, AnswerSource.AI, null, "hi", List.of()))
                .hasMessage("source: is only given for bot messages, not for a customer message");
    }

    @Test
    void onlyAManagersMessageNamesAUser() {
        UserId anna = UserId.newId();
        assertThat(message(Author.MANAGER, null, anna, "Hello", List.of()).authorUserId()).isEqualTo(anna);
        assertThatThrownBy(() -> message(Author.SYSTEM, null, anna, "x", List.of()))
                .hasMessage("author_user_id: is only given for manager messages");
    }

    @Test
    void aMessageHasTextOrAnAttachment() {
        Attachment photo = new Attachment("image", "menu.jpg", "tg-file-1", 2048L);
        assertThat(message(Author.CUSTOMER, null, null, null, List.of(photo)).text()).isEmpty();
        assertThatThrownBy(() -> message(Author.CUSTOMER, null, null, "  ", List.of()))
                .hasMessage("text: must not be blank when the message has no attachment");
        assertThatThrownBy(() -> message(Author.CUSTOMER, null, null, "x".repeat(20_001), List.of()))
                .hasMessage("text: must be at most 20000 characters, got 20001");
    }

    @Test
    void channelsAndAttachmentTypesAreLowercaseCodes() {
        assertThat(Channel.of("telegram").code()).isEqualTo("telegram");
        assertThatThrownBy(() -> Channel.of("Tele gram")).hasMessageStartingWith("channel: must be a lowercase code");
        assertThatThrownBy(() -> new Attachment("Image!", null, "x", null))
                .hasMessageStartingWith("attachment.type: must be a lowercase code");
        assertThatThrownBy(() -> new Attachment("image", null, "x", -1L))
                .hasMessage("attachment.size: must not be negative, got -1");
    }

    @Test
    void aNewChatStartsWithTheBotAnswering() {
        Chat chat = Chat.start(Channel.of("web"), "visitor-7", new Customer(" Ann ", "", null), NOW);
        assertThat(chat.mode()).isEqualTo(ChatMode.BOT);
        assertThat(chat.botRepliesSinceHandover()).isZero();
        assertThat(chat.hidden()).isFalse();
        assertThat(chat.customer().displayName()).isEqualTo("Ann");
        assertThat(chat.customer().username()).isNull();
        assertThat(ChatMode.fromCode("awaiting_confirmation")).isEqualTo(ChatMode.AWAITING_CONFIRMATION);
    }

    @Test
    void aChatCountsTheBotsRepliesSinceTheLastHandoverFromZero() {
        Chat chat = Chat.start(Channel.of("web"), "visitor-8", Customer.anonymous(), NOW);

        assertThat(chat.withBotRepliesSinceHandover(3).withMode(ChatMode.AWAITING_CONFIRMATION)
                .botRepliesSinceHandover()).isEqualTo(3);
        assertThatThrownBy(() -> chat.withBotRepliesSinceHandover(-1))
                .hasMessage("bot_replies_since_handover: must not be negative, got -1");
    }
}
