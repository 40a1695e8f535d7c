package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.port.in.LegacyImportReport;
import io.aggregator.application.port.in.LegacyImportReport.TableCount;
import io.aggregator.application.port.out.LegacyDatabase;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.DeliveryStatus;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LegacyImportServiceTest {
    private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
    private static final TenantId DEFAULT = TenantId.of("default");

    private final StorePorts ports = InMemoryStores.create();
    private final FakeLegacyDatabase legacy = new FakeLegacyDatabase();
    private final LegacyImportService service = new LegacyImportService(legacy, ports.transactions(),
            ports.legacyImportStores(), Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC));

    @Test
    void chatStatesBecomeModesAndTheChannelChatIdComesFromTheSessionOrTheBracketedNumber() {
        LegacyDatabase.LegacyChat botOff = legacy.chat(1, null, null, false, false, false, "whatsapp", "79001234567");
        LegacyDatabase.LegacyChat waiting = legacy.chat(2, null, "Иван [123456789]", true, true, false, null, null);
        LegacyDatabase.LegacyChat asked = legacy.chat(3, "Ann", "Ann [55]", true, false, true, null, null);
        LegacyDatabase.LegacyChat plain = legacy.chat(4, null, "no number", null, null, null, "  ", null);

        assertThat(service.importLegacyData().succeeded()).isTrue();

        assertThat(chat(botOff)).extracting(Chat::mode, c -> c.channel().code(), Chat::channelChatId)
                .containsExactly(ChatMode.MANAGER, "whatsapp", "79001234567");
        assertThat(chat(waiting)).extracting(Chat::mode, Chat::channelChatId, c -> c.customer().displayName())
                .containsExactly(ChatMode.MANAGER, "123456789", "Иван");
        assertThat(chat(asked)).extracting(Chat::mode, Chat::channelChatId, c -> c.customer().displayName())
                .containsExactly(ChatMode.AWAITING_CONFIRMATION, "55", "Ann");
        assertThat(chat(plain)).extracting(Chat::mode, c -> c.channel().code(), Chat::channelChatId)
                .containsExactly(ChatMode.BOT, "telegram", plain.uuid());
    }

    @Test
    void questionsAreTheCustomersAndAnswersTheAisOrAManagersWhenTheAiDidNotWriteThem() {
        LegacyDatabase.LegacyChat chat = legacy.chat(1, "Ann", null, true, false, false, null, "7");
        legacy.message(10, chat, "question", "Привет 👋", null);
        legacy.message(11, chat, "answer", "Здравствуйте! Чем помочь?", true);
        legacy.message(12, chat, "answer", "Это менеджер Ольга", false);
        legacy.message(13, chat, "answer", "Unknown writer", null);

        service.importLegacyData();

        assertThat(history(chat)).extracting(Message::author, Message::source, Message::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Author.CUSTOMER, null, "Привет 👋"),
                        org.assertj.core.groups.Tuple.tuple(Author.BOT, AnswerSource.AI, "Здравствуйте! Чем помочь?"),
                        org.assertj.core.groups.Tuple.tuple(Author.MANAGER, null, "Это менеджер Ольга"),
                        org.assertj.core.groups.Tuple.tuple(Author.BOT, AnswerSource.AI, "Unknown writer"));
        assertThat(history(chat).subList(1, 4)).allSatisfy(message -> {
            assertThat(message.delivery().status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(message.delivery().updatedAt()).isEqualTo(message.createdAt());
        });
    }

    @Test
    void messagesOfTheSameInstantKeepTheirOldOrder() {
        LegacyDatabase.LegacyChat chat = legacy.chat(1, "Ann", null, true, false, false, null, "7");
        for (int id = 1; id <= 40; id++) {
            legacy.message(id * 37 % 101, chat, id % 2 == 1 ? "question" : "answer", "message " + id, true);
        }
        legacy.messages.sort(java.util.Comparator.comparingLong(LegacyDatabase.LegacyMessage::id));

        assertThat(service.importLegacyData().succeeded()).isTrue();

        assertThat(history(chat)).extracting(Message::text).containsExactlyElementsOf(
                legacy.messages.stream().map(LegacyDatabase.LegacyMessage::text).toList());
    }

    @Test
    void aSecondImportAddsNothing() {
        LegacyDatabase.LegacyChat chat = legacy.chat(1, "Ann", null, true, false, false, null, "7");
        legacy.message(10, chat, "question", "Hello", null);
        legacy.botSettings.add(new LegacyDatabase.LegacyBotSetting(null, "faqs", "Q: Open?\nA: At nine."));

        LegacyImportReport first = service.importLegacyData();
        LegacyImportReport second = service.importLegacyData();

        assertThat(first.tenants().get(0).counts()).extracting(TableCount::added).containsExactly(1, 0, 1, 0, 1, 1);
        assertThat(second.succeeded()).isTrue();
        assertThat(second.tenants().get(0).tenantCreated()).isFalse();
        assertThat(second.tenants().get(0).counts()).extracting(TableCount::added).containsOnly(0);
        assertThat(second.tenants().get(0).counts()).extracting(TableCount::after).containsExactly(1, 0, 1, 0, 1, 1);
    }

    @Test
    void twoChatsWithOneChannelChatIdAreBothKept() {
        LegacyDatabase.LegacyChat first = legacy.chat(1, "Ann", "Ann [7]", true, false, false, null, null);
        LegacyDatabase.LegacyChat second = legacy.chat(2, "Ann", "Ann [7]", true, false, false, null, null);

        LegacyImportReport report = service.importLegacyData();

        assertThat(chat(first).channelChatId()).isEqualTo("7");
        assertThat(chat(second).channelChatId()).isEqualTo(second.uuid());
        assertThat(report.tenants().get(0).notes()).anyMatch(note -> note.contains("another chat already has"));
    }

    @Test
    void aTenantIdThatCannotBeOneHereIsReportedAndTheOthersAreImported() {
        legacy.chats.add(new LegacyDatabase.LegacyChat(1, UUID.randomUUID().toString(), "Big Shop", "x [1]", null,
                true, false, List.of(), null, false, T0, T0, null, false, null));
        legacy.chat(2, "Ann", "Ann [7]", true, false, false, null, null);

        LegacyImportReport report = service.importLegacyData();

        assertThat(report.succeeded()).isFalse();
        assertThat(report.tenants()).extracting(LegacyImportReport.TenantReport::tenant)
                .containsExactly("Big Shop", "default");
        assertThat(report.tenants().get(0).problems()).singleElement().asString()
                .contains("'Big Shop' cannot be a tenant here").contains("1 chats");
        assertThat(report.tenants().get(1).succeeded()).isTrue();
    }

    private Chat chat(LegacyDatabase.LegacyChat chat) {
        return ports.transactions().inTenant(DEFAULT,
                () -> ports.chats().findById(new ChatId(UUID.fromString(chat.uuid())))).orElseThrow();
    }

    private List<Message> history(LegacyDatabase.LegacyChat chat) {
        List<Message> newestFirst = ports.transactions().inTenant(DEFAULT,
                () -> ports.messages().listBefore(new ChatId(UUID.fromString(chat.uuid())), null, 100));
        List<Message> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** An old database held in lists; messages all at one instant unless said otherwise. */
    private static final class FakeLegacyDatabase implements LegacyDatabase {
        final List<LegacyChat> chats = new ArrayList<>();
        final List<LegacyMessage> messages = new ArrayList<>();
        final List<LegacyBotSetting> botSettings = new ArrayList<>();

        LegacyChat chat(long id, String name, String userId, Boolean ai, Boolean waiting, Boolean awaiting,
                        String messager, String sessionId) {
            LegacyChat chat = new LegacyChat(id, UUID.randomUUID().toString(), null, userId, name, ai, waiting,
                    List.of(), messager, awaiting, T0, T0, null, false, sessionId);
            chats.add(chat);
            return chat;
        }

        void message(long id, LegacyChat chat, String type, String text, Boolean ai) {
            messages.add(new LegacyMessage(id, chat.id(), T0, text, type, ai, false));
        }

        @Override
        public List<String> optionalPartsFound() {
            return List.of();
        }

        @Override
        public List<LegacyChat> chats() {
            return chats;
        }

        @Override
        public List<LegacyMessage> messages(long chatId) {
            return messages.stream().filter(message -> message.chatId() == chatId).toList();
        }

        @Override
        public List<LegacyBotSetting> botSettings() {
            return botSettings;
        }

        @Override
        public List<LegacyUser> users() {
            return List.of();
        }

        @Override
        public List<LegacyTenantSettings> tenantSettings() {
            return List.of();
        }

        @Override
        public List<LegacyFaq> faqs() {
            return List.of();
        }
    }
}
