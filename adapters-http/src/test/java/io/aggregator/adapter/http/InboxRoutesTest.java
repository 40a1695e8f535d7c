package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.FaqFixture.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aggregator.adapter.http.HttpClientForTests.Answer;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inbox over real HTTP, with chats and messages put straight into the stores. */
class InboxRoutesTest {
    private static final String TENANT = "inbox-a";
    private static final String OTHER = "inbox-b";
    private static final String CHATS = "/api/v1/tenants/" + TENANT + "/chats";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private final TestApi api = new TestApi();
    private final String manager;
    private final String otherManager;

    InboxRoutesTest() {
        api.tenantWithUsers(TENANT);
        api.tenantWithUsers(OTHER);
        manager = api.logIn(TENANT, "manager");
        otherManager = api.logIn(OTHER, "manager");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Chat chat(String tenant, String name, int minutesAgo, ChatMode mode, boolean hidden) {
        Instant last = NOW.minus(minutesAgo, ChronoUnit.MINUTES);
        Chat chat = new Chat(ChatId.newId(), Channel.of("telegram"), name, new Customer(name, null, null), mode, 0,
                hidden, last, last, last);
        api.ports.transactions().runInTenant(TenantId.of(tenant), () -> api.ports.chats().add(chat));
        return chat;
    }

    private Message customerSays(String tenant, Chat chat, String text, Instant at) {
        Message message = new Message(MessageId.newId(), chat.id(), Author.CUSTOMER, null, null, text, List.of(),
                null, at, at, null);
        api.ports.transactions().runInTenant(TenantId.of(tenant), () -> {
            api.ports.messages().addIfNew(message);
            api.ports.inbox().addUnread(chat.id());
        });
        return message;
    }

    private Answer get(String path) {
        return api.http.as(manager, "GET", path, null);
    }

    private static List<String> ids(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body().path("items").findValuesAsText("id");
    }

    @Test
    void theInboxPagesByLastActivityWithoutGapsOrRepeats() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(chat(TENANT, "c" + i, i, ChatMode.BOT, false).id().toString());
        }

        List<String> walked = new ArrayList<>();
        String path = CHATS + "?limit=2";
        while (true) {
            Answer page = get(path);
            walked.addAll(ids(page));
            JsonNode next = page.body().path("next_cursor");
            if (next.isNull()) {
                break;
            }
            path = CHATS + "?limit=2&cursor=" + next.asText();
        }

        assertThat(walked).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void filtersAndSearchSelectChats() {
        Chat bot = chat(TENANT, "Bob", 0, ChatMode.BOT, false);
        Chat waiting = chat(TENANT, "Wendy", 1, ChatMode.MANAGER, false);
        Chat hidden = chat(TENANT, "Hank", 2, ChatMode.BOT, true);
        customerSays(TENANT, waiting, "Where is my 50% discount?", NOW);

        assertThat(ids(get(CHATS))).containsExactly(bot.id().toString(), waiting.id().toString());
        assertThat(ids(get(CHATS + "?mode=manager"))).containsExactly(waiting.id().toString());
        assertThat(ids(get(CHATS + "?channel=web"))).isEmpty();
        assertThat(ids(get(CHATS + "?hidden=true"))).containsExactly(hidden.id().toString());
        assertThat(ids(get(CHATS + "?unread=true"))).containsExactly(waiting.id().toString());
        assertThat(ids(get(CHATS + "?q=50%25"))).containsExactly(waiting.id().toString());
        assertThat(ids(get(CHATS + "?q=BOB"))).containsExactly(bot.id().toString());

        JsonNode row = get(CHATS + "?mode=manager").body().path("items").get(0);
        assertThat(row.path("unread_count").asInt()).isEqualTo(1);
        assertThat(row.path("customer").path("display_name").asText()).isEqualTo("Wendy");
        assertThat(row.path("last_message").path("author").asText()).isEqualTo("customer");
        assertThat(row.path("last_message").path("text").asText()).isEqualTo("Where is my 50% discount?");
    }

    @Test
    void aChatIsReadMarkedReadAndItsHistoryPagedBothWays() {
        Chat chat = chat(TENANT, "Ann", 0, ChatMode.MANAGER, false);
        List<Message> history = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            history.add(customerSays(TENANT, chat, "m" + i, NOW.plusSeconds(i)));
        }
        String path = CHATS + "/" + chat.id();

        assertThat(get(path).body().path("unread_count").asInt()).isEqualTo(3);
        Answer latest = get(path + "/messages?limit=2");
        assertThat(latest.body().path("items").findValuesAsText("text")).containsExactly("m2", "m1");
        Answer older = get(path + "/messages?limit=2&before=" + latest.body().path("next_cursor").asText());
        assertThat(older.body().path("items").findValuesAsText("text")).containsExactly("m0");
        assertThat(older.body().path("next_cursor").isNull()).isTrue();
        // a client that has read up to m1 catches up with what came after it, oldest first
        Answer caughtUp = get(path + "/messages?after=" + latest.body().path("next_cursor").asText());
        assertThat(caughtUp.body().path("items").findValuesAsText("text")).containsExactly("m2");
        assertThat(caughtUp.body().path("next_cursor").isNull()).isTrue();

        // a change to the chat answers the chat with its real unread count
        Answer taken = api.http.as(manager, "POST", path + "/take-over", null);
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.body().path("unread_count").asInt()).isEqualTo(3);
        assertThat(taken.body().path("last_message").path("text").asText()).isEqualTo("m2");

        Answer read = api.http.as(manager, "POST", path + "/read", null);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.body().path("unread_count").asInt()).isZero();
        assertThat(get(path).body().path("unread_count").asInt()).isZero();
    }

    @Test
    void statsCountTheTenantsChatsAndTodaysMessages() {
        Chat waiting = chat(TENANT, "Wendy", 0, ChatMode.MANAGER, false);
        chat(TENANT, "Bob", 1, ChatMode.BOT, true);
        customerSays(TENANT, waiting, "hello", NOW);
        chat(OTHER, "Olga", 0, ChatMode.MANAGER, false);

        JsonNode stats = get("/api/v1/tenants/" + TENANT + "/stats").body();

        assertThat(stats.path("chats").asInt()).isEqualTo(2);
        assertThat(stats.path("by_mode").path("bot").asInt()).isEqualTo(1);
        assertThat(stats.path("by_mode").path("manager").asInt()).isEqualTo(1);
        assertThat(stats.path("by_mode").path("awaiting_confirmation").asInt()).isZero();
        assertThat(stats.path("waiting_for_manager").asInt()).isEqualTo(1);
        assertThat(stats.path("messages_today").asInt()).isEqualTo(1);
    }

    @Test
    void anotherTenantsChatIsNotFound() {
        Chat chat = chat(TENANT, "Ann", 0, ChatMode.BOT, false);
        String path = "/api/v1/tenants/" + OTHER + "/chats/" + chat.id();

        assertProblem(api.http.as(otherManager, "GET", path, null), 404);
        assertProblem(api.http.as(otherManager, "GET", path + "/messages", null), 404);
        assertProblem(api.http.as(otherManager, "POST", path + "/read", null), 404);
        assertProblem(api.http.as(otherManager, "GET", CHATS + "/" + chat.id(), null), 404);
        assertProblem(get(CHATS + "/not-a-uuid"), 404);
        assertProblem(get(CHATS + "/" + ChatId.newId()), 404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ?mode=sleeping     | mode
            ?channel=Tele%20gram | channel
            ?hidden=maybe      | hidden
            ?unread=1          | unread
            ?limit=0           | limit
            ?limit=201         | limit
            ?cursor=bm9wZQ     | cursor
            ?cursor=%25%25     | cursor
            """)
    void badListParametersAreRefusedNamingThem(String query, String field) {
        assertProblem(get(CHATS + query), 422, field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ?before=bm9wZQ          | before
            ?after=xyz              | after
            ?limit=abc              | limit
            ?before=bm9wZQ&after=bm9wZQ | after
            """)
    void badHistoryParametersAreRefusedNamingThem(String query, String field) {
        Chat chat = chat(TENANT, "Ann", 0, ChatMode.BOT, false);
        assertProblem(get(CHATS + "/" + chat.id() + "/messages" + query), 422, field);
    }
}
