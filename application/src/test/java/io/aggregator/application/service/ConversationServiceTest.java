package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.inmemory.RecordingLiveEvents;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.IncomingMessage;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.Receipt;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationServiceTest {
    private static final TenantId SHOP = TenantId.of("coffee_shop_123");

    private final StorePorts ports = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final RecordingLiveEvents events = new RecordingLiveEvents();
    private final ConversationService conversations = new ConversationService(ports.transactions(),
            ports.conversationStores(),
            new FaqMatcherCache(), ports.configurations(), events, clock, 500);
    private final AtomicInteger channelMessageIds = new AtomicInteger();

    @BeforeEach
    void aCoffeeShopWithFaqs() {
        ports.transactions().runInTenant(SHOP, () -> {
            ports.tenants().add(Tenant.create(SHOP, "Coffee Shop", clock.instant()));
            ports.faqs().add(new Faq(FaqId.newId(), "What are your opening hours?", "We open 7am-9pm daily",
                    Keywords.parse("hours, opening, time"), 1, true));
            ports.faqs().add(new Faq(FaqId.newId(), "Do you have vegan options?",
                    "Yes! We offer oat milk, almond milk, and vegan pastries", Keywords.parse("vegan, dairy-free"), 1,
                    true));
        });
    }

    private void settings(HandoverMode mode) {
        ports.transactions().runInTenant(SHOP, () -> ports.settings().save(
                new TenantSettings("You are a coffee shop assistant.", mode, Language.EN, Thresholds.none())));
    }

    private Receipt customerSays(String text) {
        return conversations.receive(SHOP, new IncomingMessage("telegram", "4242", "m" + channelMessageIds.incrementAndGet(),
                new Customer("Ann", "ann", null), text, List.of(), clock.instant()));
    }

    private List<Message> history(Receipt receipt) {
        return ports.transactions().inTenant(SHOP, () -> ports.messages().listBefore(receipt.chatId(), null, 50));
    }

    private List<OutboxEntry> outbox(Receipt receipt) {
        return ports.transactions().inTenant(SHOP, () -> ports.outbox().listByChat(receipt.chatId()));
    }

    @Test
    void givenAMatchingFaq_whenTheCustomerAsks_thenTheBotAnswersFromItAndQueuesTheDelivery() {
        Receipt receipt = customerSays("what are your opening hours?");

        Message reply = receipt.botReply().orElseThrow();
        assertThat(reply.author()).isEqualTo(Author.BOT);
        assertThat(reply.source()).isEqualTo(AnswerSource.FAQ);
        assertThat(reply.text()).isEqualTo("We open 7am-9pm daily");
        assertThat(receipt.mode()).isEqualTo(ChatMode.BOT);
        assertThat(outbox(receipt)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(OutboxEntry.Kind.DELIVERY);
            assertThat(entry.messageId()).isEqualTo(reply.id());
        });
    }

    @Test
    void givenAskMode_whenNothingAnswers_thenTheBotAsksAndAYesHandsOver() {
        settings(HandoverMode.ASK);

        Receipt asked = customerSays("can I book the whole cafe for a wedding in June?");
        Receipt yes = customerSays("yes please");

        assertThat(asked.mode()).isEqualTo(ChatMode.AWAITING_CONFIRMATION);
        assertThat(asked.botReply().orElseThrow().source()).isEqualTo(AnswerSource.FALLBACK);
        assertThat(yes.mode()).isEqualTo(ChatMode.MANAGER);
        assertThat(yes.botReply()).isPresent();
        assertThat(customerSays("hello?").botReply()).as("the bot is silent while a manager handles the chat").isEmpty();
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.transitions().listByChat(asked.chatId())))
                .extracting(recorded -> recorded.transition().to())
                .containsExactly(ChatMode.AWAITING_CONFIRMATION, ChatMode.MANAGER);
    }

    @Test
    void givenImmediateMode_whenTheCustomerAsksForAHuman_thenTheChatIsHandedOverAtOnce() {
        settings(HandoverMode.IMMEDIATE);

        Receipt receipt = customerSays("I want to talk to a manager");

        assertThat(receipt.mode()).isEqualTo(ChatMode.MANAGER);
        assertThat(receipt.botReply().orElseThrow().author()).isEqualTo(Author.SYSTEM);
    }

    @Test
    void givenTheSameChannelMessageTwice_thenOneMessageIsStoredAndTheBotAnswersOnce() {
        IncomingMessage message = new IncomingMessage("telegram", "4242", "tg-1", Customer.anonymous(),
                "do you have vegan options", List.of(), clock.instant());

        Receipt first = conversations.receive(SHOP, message);
        Receipt again = conversations.receive(SHOP, message);

        assertThat(again.repeated()).isTrue();
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(again.botReply()).isEmpty();
        assertThat(history(first)).hasSize(2);
        assertThat(outbox(first)).hasSize(1);
    }

    @Test
    void aManagersReplyTakesTheChatOverAndIsQueuedForDelivery() {
        Receipt receipt = customerSays("what are your opening hours?");

        Message reply = conversations.reply(SHOP, UserId.newId(), receipt.chatId(), "Hi, Maria here!");

        Chat chat = ports.transactions().inTenant(SHOP, () -> ports.chats().findById(receipt.chatId())).orElseThrow();
        assertThat(chat.mode()).isEqualTo(ChatMode.MANAGER);
        assertThat(reply.author()).isEqualTo(Author.MANAGER);
        assertThat(outbox(receipt)).extracting(OutboxEntry::messageId).contains(reply.id());
        assertThat(conversations.giveBackToBot(SHOP, UserId.newId(), receipt.chatId()).chat().mode()).isEqualTo(ChatMode.BOT);
    }

    @Test
    void aHiddenChatComesBackWhenTheCustomerWritesAgain() {
        Receipt receipt = customerSays("hello");
        conversations.setHidden(SHOP, receipt.chatId(), true);

        customerSays("are you there?");

        assertThat(ports.transactions().inTenant(SHOP, () -> ports.chats().findById(receipt.chatId())).orElseThrow()
                .hidden()).isFalse();
    }

    @Test
    void managersHearOfEachMessageAndChatChangeOfTheirTenant() {
        Receipt receipt = customerSays("what are your opening hours?");

        assertThat(events.published()).allSatisfy(p -> assertThat(p.tenant()).isEqualTo(SHOP));
        assertThat(events.published()).extracting(p -> p.event().getClass().getSimpleName())
                .containsExactly("MessageAdded", "MessageAdded", "ChatChanged", "StatsChanged");
        assertThat(((LiveEvent.StatsChanged) events.published().get(3).event()).stats().chats()).isEqualTo(1);
        assertThat(((LiveEvent.ChatChanged) events.published().get(2).event()).unreadCount()).isEqualTo(1);
        assertThat(receipt.messageId()).isEqualTo(((LiveEvent.MessageAdded) events.published().get(0).event())
                .message().id());
    }

    @Test
    void badMessagesAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> conversations.receive(SHOP, new IncomingMessage("telegram", "4242", "x",
                Customer.anonymous(), "from the future", List.of(), clock.instant().plus(Duration.ofHours(1)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sent_at");
        assertThatThrownBy(() -> conversations.receive(SHOP, new IncomingMessage("Tele Gram", "4242", "y",
                Customer.anonymous(), "hi", List.of(), clock.instant())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> conversations.receive(SHOP, new IncomingMessage("telegram", "4242", "z",
                Customer.anonymous(), "  ", List.of(), clock.instant())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> conversations.receive(SHOP, new IncomingMessage("telegram", "4242", "long",
                Customer.anonymous(), "x".repeat(501), List.of(), clock.instant())))
                .isInstanceOf(ValidationException.class).hasMessage("text: must be at most 500 characters, got 501");

        assertThat(ports.transactions().inTenant(SHOP, () -> ports.chats().findByChannelChatId(
                io.aggregator.domain.chat.Channel.of("telegram"), "4242"))).isEmpty();
    }

    @Test
    void anAttachmentHandsTheChatToAManagerByDefault() {
        settings(HandoverMode.IMMEDIATE);

        Receipt receipt = conversations.receive(SHOP, new IncomingMessage("telegram", "4242", "photo-1",
                Customer.anonymous(), "", List.of(new Attachment("image", "menu.jpg", "AgACAgI", 1024L)),
                clock.instant()));

        assertThat(receipt.mode()).isEqualTo(ChatMode.MANAGER);
    }

    @Test
    void aHandedOverChatWhoseCustomerWasSilentForTenMinutesGoesBackToTheBot() {
        settings(HandoverMode.IMMEDIATE);
        Receipt handedOver = customerSays("I want to talk to a human");
        clock.advance(Duration.ofMinutes(9));
        int early = conversations.reactivateIdleChats();
        clock.advance(Duration.ofMinutes(2));

        int due = conversations.reactivateIdleChats();

        assertThat(handedOver.mode()).isEqualTo(ChatMode.MANAGER);
        assertThat(early).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.chats().findById(handedOver.chatId())).orElseThrow()
                .mode()).isEqualTo(ChatMode.BOT);
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.transitions().listByChat(handedOver.chatId())))
                .last().satisfies(last -> assertThat(last.transition().reason().code()).isEqualTo("inactivity"));
    }
}
