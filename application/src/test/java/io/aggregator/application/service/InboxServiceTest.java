package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.application.contract.StorePorts;
import io.aggregator.application.contract.TestData;
import io.aggregator.application.inmemory.InMemoryStores;
import io.aggregator.application.inmemory.MutableClock;
import io.aggregator.application.inmemory.RecordingLiveEvents;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.in.ReadInboxUseCase.MessagePage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxStats;
import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.MessageCursor;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxServiceTest {
    private final StorePorts ports = InMemoryStores.create();
    private final MutableClock clock = new MutableClock(TestData.NOW);
    private final RecordingLiveEvents liveEvents = new RecordingLiveEvents();
    private final InboxService service = new InboxService(ports.transactions(), ports.inbox(), ports.messages(),
            liveEvents, clock);
    private final TenantId tenant = TestData.randomTenantId();
    private final TenantId otherTenant = TestData.randomTenantId();
    private Chat chat;
    private final List<Message> history = new ArrayList<>();

    @BeforeEach
    void createChatWithHistory() {
        ports.transactions().inPlatform(() -> {
            ports.tenants().add(TestData.tenant(tenant));
            ports.tenants().add(TestData.tenant(otherTenant));
            return null;
        });
        chat = TestData.chat("1");
        ports.transactions().runInTenant(tenant, () -> {
            ports.chats().add(chat);
            for (int i = 0; i < 5; i++) {
                Message message = TestData.customerMessage(chat.id(), "m" + i, TestData.NOW.plusSeconds(i));
                ports.messages().addIfNew(message);
                ports.inbox().addUnread(chat.id());
                history.add(message);
            }
        });
    }

    @Test
    void aChatIsListedAndFoundWithItsUnreadCount() {
        assertThat(service.listChats(tenant, InboxQuery.firstPage(10)).items())
                .singleElement().satisfies(row -> assertThat(row.unreadCount()).isEqualTo(5));
        assertThat(service.getChat(tenant, chat.id()).lastMessage().text()).isEqualTo(history.get(4).text());
    }

    @Test
    void theHistoryPagesBackwardsAndCatchesUpForwards() {
        MessagePage latest = service.messagesBefore(tenant, chat.id(), null, 2);
        assertThat(latest.items()).containsExactly(history.get(4), history.get(3));
        MessagePage older = service.messagesBefore(tenant, chat.id(), latest.next(), 2);
        assertThat(older.items()).containsExactly(history.get(2), history.get(1));
        MessagePage oldest = service.messagesBefore(tenant, chat.id(), older.next(), 2);
        assertThat(oldest.items()).containsExactly(history.get(0));
        assertThat(oldest.next()).isNull();

        MessagePage newer = service.messagesAfter(tenant, chat.id(), MessageCursor.of(history.get(1)), 2);
        assertThat(newer.items()).containsExactly(history.get(2), history.get(3));
        MessagePage rest = service.messagesAfter(tenant, chat.id(), newer.next(), 2);
        assertThat(rest.items()).containsExactly(history.get(4));
        assertThat(rest.next()).isNull();
    }

    @Test
    void markingReadClearsTheUnreadCountAndTellsTheTenantsOtherManagers() {
        assertThat(service.markRead(tenant, chat.id()).unreadCount()).isZero();
        assertThat(service.getChat(tenant, chat.id()).unreadCount()).isZero();
        assertThat(liveEvents.published()).extracting(RecordingLiveEvents.Published::event)
                .anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(LiveEvent.ChatChanged.class,
                        changed -> assertThat(changed.unreadCount()).isZero()))
                .anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(LiveEvent.StatsChanged.class,
                        changed -> assertThat(changed.stats().unreadMessages()).isZero()));
        assertThat(liveEvents.published()).extracting(RecordingLiveEvents.Published::tenant).containsOnly(tenant);
    }

    @Test
    void anotherTenantsChatIsNotFoundByAnyUseCase() {
        ChatId id = chat.id();

        assertThatThrownBy(() -> service.getChat(otherTenant, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.messagesBefore(otherTenant, id, null, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.messagesAfter(otherTenant, id, MessageCursor.of(history.get(0)), 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.markRead(otherTenant, id)).isInstanceOf(NotFoundException.class);
        assertThat(service.getChat(tenant, id).unreadCount()).isEqualTo(5);
        assertThat(service.listChats(otherTenant, InboxQuery.firstPage(10)).items()).isEmpty();
    }

    @Test
    void aHistoryLimitOutsideItsBoundsIsRefused() {
        assertThatThrownBy(() -> service.messagesBefore(tenant, chat.id(), null, 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("limit"));
    }

    @Test
    void todaysMessagesAreCountedByTheUtcDayOfTheClock() {
        assertThat(service.stats(tenant)).isEqualTo(new InboxStats(1, 1, 0, 0, 0, 5, 5));

        clock.advance(Duration.ofDays(1));

        assertThat(service.stats(tenant).messagesToday()).isZero();
    }
}
