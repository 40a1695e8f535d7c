package io.aggregator.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationInputsTest {
    private static final TenantSettings SETTINGS = TenantSettings.defaults();
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    @Test
    void anFaqAnswerHasTextAndAScoreThatIsANumber() {
        assertThatThrownBy(() -> new FaqAnswer(FaqId.newId(), " ", 0.5)).hasMessage("faq_answer.text: must not be blank");
        assertThatThrownBy(() -> new FaqAnswer(FaqId.newId(), "Yes", Double.NaN))
                .hasMessage("faq_answer.score: must be a finite number not below 0, got NaN");
        assertThatThrownBy(() -> new FaqAnswer(null, "Yes", 1)).hasMessage("faq_id: is required");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void anAiConfidenceIsBetweenZeroAndOne(double confidence) {
        assertThatThrownBy(() -> new AiAnswered(ChatMode.BOT, 0, "3.50", false, OptionalDouble.of(confidence),
                SETTINGS)).hasMessageStartingWith("confidence: must be between 0 and 1");
    }

    @Test
    void anAiAnswerLongerThanAMessageIsRefused() {
        String huge = "x".repeat(Message.MAX_TEXT_LENGTH + 1);

        assertThatThrownBy(() -> new AiAnswered(ChatMode.BOT, 0, huge, false, OptionalDouble.empty(), SETTINGS))
                .hasMessage("text: must be at most 20000 characters, got 20001");
        assertThat(new AiAnswered(ChatMode.BOT, 0, null, true, OptionalDouble.empty(), SETTINGS).text()).isEmpty();
    }

    @Test
    void aCustomerMessageComesFromTheCustomerAndHasAnFaqOutcome() {
        Chat chat = Chat.start(Channel.of("web"), "v-1", Customer.anonymous(), NOW);
        Message botMessage = new Message(MessageId.newId(), chat.id(), Author.BOT, AnswerSource.FAQ, null, "Hi",
                List.of(), null, NOW, NOW, Delivery.pending(NOW));

        assertThatThrownBy(() -> CustomerMessageArrived.of(chat, botMessage, SETTINGS, Optional.empty(), true))
                .hasMessage("author: must be the customer, got bot");
        assertThatThrownBy(() -> new CustomerMessageArrived(ChatMode.BOT, 0, "hi", false, SETTINGS, null, true))
                .hasMessage("faq_answer: is required");
        assertThat(new CustomerMessageArrived(ChatMode.BOT, 0, null, true, SETTINGS, Optional.empty(), true).text())
                .isEmpty();
    }

    @Test
    void everyEventRefusesANegativeCount() {
        String negative = "bot_replies_since_handover: must not be negative, got -1";

        assertThatThrownBy(() -> new CustomerMessageArrived(ChatMode.BOT, -1, "hi", false, SETTINGS, Optional.empty(),
                true)).hasMessage(negative);
        assertThatThrownBy(() -> new AiTimedOut(ChatMode.BOT, -1, SETTINGS)).hasMessage(negative);
        assertThatThrownBy(() -> new ManagerActed(ChatMode.BOT, -1, UserId.newId()))
                .hasMessage(negative);
        assertThatThrownBy(() -> new InactivityCheck(ChatMode.BOT, -1, NOW, NOW, SETTINGS)).hasMessage(negative);
    }

    @Test
    void aManagerEventNamesTheManager() {
        assertThatThrownBy(() -> new ManagerActed(ChatMode.BOT, 0, null)).hasMessage("manager_user_id: is required");
    }
}
