package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.InboxCursor;
import io.aggregator.application.port.out.InboxPage;
import io.aggregator.application.port.out.InboxQuery;
import io.aggregator.application.port.out.InboxRow;
import io.aggregator.application.port.out.InboxStats;
import io.aggregator.domain.chat.AnswerSource;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Delivery;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class InboxStoreContract extends StoreContract {

    /** A chat whose last activity was {@code minutesAgo} before {@link TestData#NOW}. */
    private Chat chat(String channelChatId, int minutesAgo) {
        Instant last = TestData.NOW.minus(minutesAgo, ChronoUnit.MINUTES);
        Chat chat = new Chat(ChatId.newId(), Channel.of("telegram"), channelChatId,
                new Customer("Ann Lee", "annlee", null), ChatMode.BOT, 0, false, TestData.NOW.minus(1, ChronoUnit.DAYS),
                last, last);
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });
        return chat;
    }

    private void add(Chat chat) {
        inA(() -> {
            ports.chats().add(chat);
            return null;
        });
    }

    private Message message(Chat chat, String text, Instant at) {
        Message message = new Message(MessageId.newId(), chat.id(), Author.CUSTOMER, null, null, text, List.of(),
                null, at, at, null);
        inA(() -> ports.messages().addIfNew(message));
        return message;
    }

    private List<ChatId> ids(InboxQuery query) {
        return inA(() -> ports.inbox().page(query)).items().stream().map(row -> row.chat().id()).toList();
    }

    @Test
    void pagesFollowLastActivityNewestFirstWithoutGapsOrRepeats() {
        List<Chat> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            newestFirst.add(chat("c" + i, i));
        }
        // two chats active at the same moment: the id, newest first, decides
        Chat tiedOlder = chat("tied-1", 3);
        Chat tiedNewer = chat("tied-2", 3);
        newestFirst.add(3, tiedNewer);
        newestFirst.add(4, tiedOlder);

        List<ChatId> walked = new ArrayList<>();
        InboxQuery query = InboxQuery.firstPage(2);
        InboxPage page;
        do {
            InboxQuery current = query;
            page = inA(() -> ports.inbox().page(current));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(row -> walked.add(row.chat().id()));
            query = query.pageAfter(page.next() == null ? null : InboxCursor.parse(page.next().text()));
        } while (page.hasMore());

        assertThat(walked).containsExactlyElementsOf(newestFirst.stream().map(Chat::id).toList());
    }

    @Test
    void aRowShowsTheUnreadCountAndTheStartOfTheLastMessage() {
        Chat chat = chat("1", 0);
        message(chat, "first", TestData.NOW.minusSeconds(5));
        String longText = "x".repeat(199) + "😀" + "tail";
        message(chat, longText, TestData.NOW);
        inA(() -> ports.inbox().addUnread(chat.id()));
        inA(() -> ports.inbox().addUnread(chat.id()));
        Chat silent = chat("2", 5);

        InboxRow row = inA(() -> ports.inbox().find(chat.id())).orElseThrow();
        assertThat(row.chat()).isEqualTo(chat);
        assertThat(row.unreadCount()).isEqualTo(2);
        assertThat(row.lastMessage().author()).isEqualTo(Author.CUSTOMER);
        assertThat(row.lastMessage().text()).isEqualTo("x".repeat(199) + "😀");
        assertThat(row.lastMessage().createdAt()).isEqualTo(TestData.NOW);
        assertThat(inA(() -> ports.inbox().page(InboxQuery.firstPage(10))).items()).containsExactly(row,
                new InboxRow(silent, 0, null));
    }

    @Test
    void markingReadClearsTheUnreadCountOfThatChatOnly() {
        Chat read = chat("1", 0);
        Chat other = chat("2", 1);
        inA(() -> ports.inbox().addUnread(read.id()));
        inA(() -> ports.inbox().addUnread(other.id()));

        assertThat(inA(() -> ports.inbox().markRead(read.id()))).isTrue();

        assertThat(inA(() -> ports.inbox().find(read.id())).orElseThrow().unreadCount()).isZero();
        assertThat(inA(() -> ports.inbox().find(other.id())).orElseThrow().unreadCount()).isEqualTo(1);
        assertThat(inA(() -> ports.inbox().markRead(ChatId.newId()))).isFalse();
        assertThat(inA(() -> ports.inbox().addUnread(ChatId.newId()))).isFalse();
    }

    @Test
    void filtersSelectByModeChannelVisibilityAndUnread() {
        Chat bot = chat("bot", 0);
        Chat manager = chat("manager", 1).withMode(ChatMode.MANAGER);
        Chat hidden = chat("hidden", 2).withHidden(true);
        Chat web = new Chat(ChatId.newId(), Channel.of("web"), "visitor", Customer.anonymous(),
                ChatMode.AWAITING_CONFIRMATION, 0, false, TestData.NOW, TestData.NOW.minusSeconds(600), null);
        add(web);
        inA(() -> ports.chats().update(manager) && ports.chats().update(hidden)
                && ports.inbox().addUnread(manager.id()));
        InboxQuery all = InboxQuery.firstPage(50);

        assertThat(ids(all)).containsExactly(bot.id(), manager.id(), web.id());
        assertThat(ids(all.withMode(ChatMode.MANAGER))).containsExactly(manager.id());
        assertThat(ids(all.withChannel(Channel.of("web")))).containsExactly(web.id());
        assertThat(ids(all.withHidden(true))).containsExactly(hidden.id());
        assertThat(ids(all.withUnreadOnly(true))).containsExactly(manager.id());
        assertThat(ids(all.withMode(ChatMode.BOT).withChannel(Channel.of("web")))).isEmpty();
    }

    @Test
    void theSearchFindsNamesUsernamesAndMessageTextsIgnoringCase() {
        Chat byName = chat("1", 0);
        Chat byUsername = new Chat(ChatId.newId(), Channel.of("telegram"), "2", new Customer(null, "Pizza_Fan", null),
                ChatMode.BOT, 0, false, TestData.NOW, TestData.NOW.minusSeconds(60), null);
        add(byUsername);
        Chat byMessage = chat("3", 2);
        message(byMessage, "Do you deliver PIZZA at 100% of the price?", TestData.NOW);
        Chat other = chat("4", 3);
        message(other, "Opening hours?", TestData.NOW);
        InboxQuery all = InboxQuery.firstPage(50);

        assertThat(ids(all.withSearch("ann LEE"))).containsExactly(byName.id(), byMessage.id(), other.id());
        assertThat(ids(all.withSearch("pizza"))).containsExactly(byUsername.id(), byMessage.id());
        assertThat(ids(all.withSearch("a_f"))).containsExactly(byUsername.id());
        assertThat(ids(all.withSearch("100%"))).containsExactly(byMessage.id());
        // the wildcards are plain characters: '_' is no single letter, '%' no run of them
        assertThat(ids(all.withSearch("Pizz_"))).isEmpty();
        assertThat(ids(all.withSearch("deliver%price"))).isEmpty();
        assertThat(ids(all.withSearch("\\"))).isEmpty();
    }

    @Test
    void statsCountTheTenantsChatsByModeTheWaitingOnesTheUnreadMessagesAndTodaysMessages() {
        Chat bot = chat("bot", 0);
        Chat manager = chat("manager", 1).withMode(ChatMode.MANAGER);
        Chat asked = chat("asked", 2).withMode(ChatMode.AWAITING_CONFIRMATION).withHidden(true);
        Chat answered = chat("answered", 3).withMode(ChatMode.MANAGER);
        inA(() -> ports.chats().update(manager) && ports.chats().update(asked) && ports.chats().update(answered)
                && ports.inbox().addUnread(bot.id()) && ports.inbox().addUnread(manager.id())
                && ports.inbox().addUnread(asked.id()));
        Instant dayStart = TestData.NOW.truncatedTo(ChronoUnit.DAYS);
        message(bot, "yesterday", dayStart.minusNanos(1000));
        message(bot, "midnight", dayStart);
        message(manager, "today", TestData.NOW);
        message(manager, "tomorrow", dayStart.plus(1, ChronoUnit.DAYS));
        inB(() -> {
            ports.chats().add(TestData.chat("b"));
            return null;
        });

        assertThat(inA(() -> ports.inbox().stats(dayStart))).isEqualTo(new InboxStats(4, 1, 1, 2, 2, 3, 2));
        assertThat(inB(() -> ports.inbox().stats(dayStart))).isEqualTo(new InboxStats(1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void anotherTenantSeesNoneOfTheChatsAndCannotMarkThem() {
        Chat chat = chat("1", 0);
        message(chat, "secret", TestData.NOW);
        inA(() -> ports.inbox().addUnread(chat.id()));

        assertThat(inB(() -> ports.inbox().page(InboxQuery.firstPage(50))).items()).isEmpty();
        assertThat(inB(() -> ports.inbox().page(InboxQuery.firstPage(50).withSearch("secret"))).items()).isEmpty();
        assertThat(inB(() -> ports.inbox().find(chat.id()))).isEmpty();
        assertThat(inB(() -> ports.inbox().markRead(chat.id()))).isFalse();
        assertThat(inB(() -> ports.inbox().addUnread(chat.id()))).isFalse();
        assertThat(inA(() -> ports.inbox().find(chat.id())).orElseThrow().unreadCount()).isEqualTo(1);
    }

    @Test
    void aCustomerMessageNeedNotBeTheLastForThePreview() {
        Chat chat = chat("1", 0);
        message(chat, "question", TestData.NOW.minusSeconds(1));
        Message answer = new Message(MessageId.newId(), chat.id(), Author.BOT, AnswerSource.FAQ, null, "answer",
                List.of(), null, TestData.NOW, TestData.NOW, Delivery.pending(TestData.NOW));
        inA(() -> ports.messages().addIfNew(answer));

        assertThat(inA(() -> ports.inbox().find(chat.id())).orElseThrow().lastMessage())
                .isEqualTo(new InboxRow.Preview(Author.BOT, "answer", TestData.NOW));
    }
}
