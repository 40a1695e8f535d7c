package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.inmemory.RecordingLiveEvents;
import io.aggregator.application.port.in.ChatMovedOnException;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.IncomingMessage;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase.Receipt;
import io.aggregator.application.port.out.AiTurn;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.application.service.ConversationService.AnswerTaken;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.integration.AiReply;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AI's answers meet a conversation that may have moved on. */
class AiAnswersTest {
    private static final TenantId SHOP = TenantId.of("tea_room");

    private final StorePorts ports = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final ConversationService conversations = new ConversationService(ports.transactions(),
            ports.conversationStores(), new FaqMatcherCache(), ports.configurations(), new RecordingLiveEvents(), clock,
            Message.MAX_TEXT_LENGTH);
    private int channelMessageIds;

    @BeforeEach
    void aTeaRoomWithAnAi() {
        ports.transactions().runInTenant(SHOP, () -> {
            ports.tenants().add(Tenant.create(SHOP, "Tea Room", clock.instant()));
            ports.settings().save(new TenantSettings("", HandoverMode.IMMEDIATE, Language.EN,
                    Thresholds.fromMap(Map.of("response_timeout", 20))));
            ports.integration().save(new StoredIntegration(new IntegrationSettings(
                    Optional.of(URI.create("http://127.0.0.1:5678/ai")), Optional.empty(), 10, 3),
                    new SealedSecrets("sealed", null, null, clock.instant()), clock.instant()));
        });
    }

    private Receipt customerAsks(String text) {
        clock.advance(Duration.ofSeconds(1));
        return conversations.receive(SHOP, new IncomingMessage("telegram", "9", "m" + ++channelMessageIds,
                Customer.anonymous(), text, List.of(), clock.instant()));
    }

    private UUID question(Receipt receipt) {
        return ports.transactions().inTenant(SHOP, () -> ports.outbox().listByChat(receipt.chatId())).stream()
                .filter(entry -> entry.kind() == OutboxEntry.Kind.AI_REQUEST
                        && entry.messageId().equals(receipt.messageId()))
                .findFirst().orElseThrow().id();
    }

    private AnswerTaken answer(UUID question, String text) {
        return conversations.takeAiAnswer(SHOP, question, new AiReply(text, false, OptionalDouble.of(0.9), Map.of()),
                () -> true);
    }

    private List<Message> history(Receipt receipt) {
        return ports.transactions().inTenant(SHOP, () -> ports.messages().listBefore(receipt.chatId(), null, 50));
    }

    @Test
    void anAnswerToAnOlderQuestionAfterTheNewerOneWasAnsweredIsRefused() {
        Receipt older = customerAsks("Do you have oolong?");
        Receipt newer = customerAsks("And matcha?");

        assertThat(answer(question(newer), "Yes, ceremonial grade.")).isEqualTo(AnswerTaken.APPLIED);

        assertThatThrownBy(() -> answer(question(older), "Yes, three kinds."))
                .isInstanceOf(ChatMovedOnException.class);
        assertThat(history(newer)).extracting(Message::text).doesNotContain("Yes, three kinds.")
                .contains("Yes, ceremonial grade.");
    }

    @Test
    void anAnswerAfterAManagerTookTheChatIsRefused() {
        Receipt asked = customerAsks("Can I book a table?");
        conversations.takeOver(SHOP, UserId.newId(), asked.chatId());

        assertThatThrownBy(() -> answer(question(asked), "Sure!")).isInstanceOf(ChatMovedOnException.class);
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.aiTurns().find(question(asked))).orElseThrow()
                .state()).isEqualTo(AiTurn.State.SUPERSEDED);
    }

    @Test
    void aSecondAnswerChangesNothing_andAnUnknownQuestionIsNotFound() {
        Receipt asked = customerAsks("Is there wifi?");

        assertThat(answer(question(asked), "Yes, the password is on the menu.")).isEqualTo(AnswerTaken.APPLIED);
        assertThat(answer(question(asked), "Yes.")).isEqualTo(AnswerTaken.ALREADY_ANSWERED);

        assertThat(history(asked)).filteredOn(message -> message.source() == AnswerSource.AI).hasSize(1);
        assertThatThrownBy(() -> answer(UUID.randomUUID(), "?")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aQuestionPastItsDeadlineGetsTheFallbackOnce_andItsLateAnswerIsKeptUnsent() {
        Receipt asked = customerAsks("Do you sell gift boxes?");
        clock.advance(Duration.ofSeconds(19));
        assertThat(conversations.timeOutDueAiTurns()).isZero();
        clock.advance(Duration.ofSeconds(1));

        assertThat(conversations.timeOutDueAiTurns()).isEqualTo(1);
        assertThat(conversations.timeOutDueAiTurns()).isZero();

        assertThat(answer(question(asked), "Yes, from 15 euros.")).isEqualTo(AnswerTaken.RECORDED_LATE);
        List<Message> history = history(asked);
        assertThat(history).filteredOn(message -> message.source() == AnswerSource.FALLBACK).hasSize(1);
        assertThat(history).filteredOn(message -> message.source() == AnswerSource.AI).singleElement()
                .satisfies(late -> assertThat(late.delivery().status().code()).isEqualTo("not_sent"));
        assertThat(ports.transactions().inTenant(SHOP, () -> ports.outbox().listByChat(asked.chatId())))
                .filteredOn(entry -> entry.kind() == OutboxEntry.Kind.DELIVERY).hasSize(1);
    }
}
