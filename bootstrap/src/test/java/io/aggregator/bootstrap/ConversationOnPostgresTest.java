package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inbound message to bot reply to manager reply to live event, on the assembled server and PostgreSQL. */
class ConversationOnPostgresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PASSWORD = "conversation test password";
    private static Application application;
    private static TenantId tenant;
    private static String key;
    private static String manager;

    @BeforeAll
    static void aShopWithAnFaqAKeyAndAManager() throws Exception {
        application = Application.start(new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 8, false,
                new ServerConfig.Access("someone-else", "a long enough password", 10, 1)), Clock.systemUTC());
        var persistence = application.persistence();
        tenant = TenantId.of("talk-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
        AccessToken token = AccessToken.newIntegrationKey(tenant);
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.tenants().add(Tenant.create(tenant, "Talk Shop", Instant.now()));
            persistence.faqs().add(new Faq(FaqId.newId(), "Do you have vegan options?",
                    "Yes! We offer oat milk and vegan pastries", Keywords.parse("vegan, dairy-free"), 1, true));
            persistence.users().add(new User(UserId.newId(), Username.of("maria"),
                    new BcryptPasswordHasher(10).hash(PASSWORD), Role.MANAGER, true, Instant.now()));
            persistence.integrationKeys().add(new IntegrationKey(IntegrationKeyId.newId(), "telegram",
                    token.displayPrefix(), token.hash(), null, Instant.now(), null, null));
        });
        key = token.reveal();
        manager = post(null, "/api/v1/session", "{\"tenant_id\":\"" + tenant + "\",\"username\":\"maria\",\"password\":\""
                + PASSWORD + "\"}").body().path("token").asText();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Answer post(String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + application.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private static String message(String chatId, String messageId, String text) {
        return "{\"channel\":\"telegram\",\"chat_id\":\"" + chatId + "\",\"message_id\":\"" + messageId
                + "\",\"customer\":{\"display_name\":\"Ann\"},\"text\":\"" + text + "\"}";
    }

    @Test
    void aCustomerIsAnsweredFromTheFaqThenAManagerRepliesAndTheInboxHearsOfIt() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        // the outbox workers report deliveries on their own time: counted apart from the conversation's events
        BlockingQueue<String> deliveries = new LinkedBlockingQueue<>();
        HttpRequest stream = HttpRequest.newBuilder(URI.create("http://localhost:" + application.port()
                        + "/api/v1/tenants/" + tenant + "/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + manager).build();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> open =
                CLIENT.sendAsync(stream, HttpResponse.BodyHandlers.ofLines());
        open.thenAcceptAsync(response -> response.body().filter(line -> line.startsWith("event:"))
                .map(line -> line.substring("event:".length()).strip())
                .forEach(type -> (type.equals("delivery") ? deliveries : events).add(type)), reader);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("ready");

        Answer asked = post(key, "/api/v1/tenants/" + tenant + "/messages", message("900", "m1", "any vegan cakes?"));
        String chat = asked.body().path("chat_id").asText();
        Answer replied = post(manager, "/api/v1/tenants/" + tenant + "/chats/" + chat + "/reply", "{\"text\":\"Maria here\"}");

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().path("bot_reply").path("source").asText()).isEqualTo("faq");
        assertThat(replied.status()).isEqualTo(201);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seen.add(events.poll(10, TimeUnit.SECONDS));
        }
        assertThat(seen).containsExactly("message", "message", "chat", "stats", "message", "chat", "stats");
        // the shop has no delivery webhook: the FAQ answer's and the reply's deliveries fail, and say so
        assertThat(deliveries.poll(10, TimeUnit.SECONDS)).isEqualTo("delivery");
        assertThat(deliveries.poll(10, TimeUnit.SECONDS)).isEqualTo("delivery");
        open.thenAccept(response -> response.body().close());
        reader.shutdownNow();
    }

    @Test
    void concurrentCopiesOfOneMessageStoreItOnceAndAnswerItOnce() throws Exception {
        int copies = 8;
        ExecutorService senders = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            answers.add(senders.submit(() -> {
                start.await();
                return post(key, "/api/v1/tenants/" + tenant + "/messages", message("901", "dup-1", "vegan options?"));
            }));
        }
        start.countDown();
        List<Answer> results = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            results.add(answer.get(60, TimeUnit.SECONDS));
        }
        senders.shutdown();

        assertThat(results).extracting(Answer::status).containsOnly(200, 202).filteredOn(s -> s == 202).hasSize(1);
        assertThat(results).extracting(a -> a.body().path("message_id").asText()).containsOnly(
                results.get(0).body().path("message_id").asText());
        var persistence = application.persistence();
        var chatId = io.aggregator.domain.chat.ChatId.parse(results.get(0).body().path("chat_id").asText());
        assertThat(persistence.transactions().inTenant(tenant, () -> persistence.messages().listBefore(chatId, null, 50)))
                .hasSize(2);
        assertThat(persistence.transactions().inTenant(tenant, () -> persistence.outbox().listByChat(chatId))).hasSize(1);
    }

    /**
     * Many customers writing at once into a few chats of one tenant, and new customers starting chats
     * meanwhile: every message is taken (no deadlock between transactions that share a chat or the
     * tenant's counters and daily rows), each is answered once, and no change of a chat overwrites
     * another (the bot's reply count matches its replies).
     */
    @Test
    void customersWritingAtOnceIntoAFewChatsAreAllTakenAndAnsweredWithoutLostChanges() throws Exception {
        int senders = 16;
        int messagesEach = 10;
        List<String> chats = List.of("crowd-1", "crowd-2", "crowd-3", "crowd-4");
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> statuses = new ArrayList<>();
        for (int sender = 0; sender < senders; sender++) {
            int own = sender;
            statuses.add(pool.submit(() -> {
                start.await();
                List<Integer> answered = new ArrayList<>();
                for (int i = 0; i < messagesEach; i++) {
                    answered.add(post(key, "/api/v1/tenants/" + tenant + "/messages", message(
                            chats.get((own + i) % chats.size()), "crowd-" + own + "-" + i, "vegan options?")).status());
                    // and a customer writing for the first time, whose chat is created meanwhile
                    answered.add(post(key, "/api/v1/tenants/" + tenant + "/messages", message(
                            "newcomer-" + own + "-" + i, "first", "vegan options?")).status());
                }
                return answered;
            }));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> sender : statuses) {
            all.addAll(sender.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(all).hasSize(2 * senders * messagesEach).containsOnly(202);
        var persistence = application.persistence();
        int customerMessages = 0;
        for (String channelChatId : chats) {
            var chat = persistence.transactions().inTenant(tenant, () -> persistence.chats()
                    .findByChannelChatId(io.aggregator.domain.chat.Channel.of("telegram"), channelChatId).orElseThrow());
            var messages = persistence.transactions().inTenant(tenant,
                    () -> persistence.messages().listBefore(chat.id(), null, 500));
            long fromCustomer = messages.stream().filter(m -> m.author().code().equals("customer")).count();
            long fromBot = messages.stream().filter(m -> m.author().code().equals("bot")).count();
            assertThat(fromBot).as("each of %s's messages answered once", channelChatId).isEqualTo(fromCustomer);
            assertThat(chat.botRepliesSinceHandover()).as("no lost update of %s", channelChatId).isEqualTo((int) fromBot);
            customerMessages += (int) fromCustomer;
        }
        assertThat(customerMessages).isEqualTo(senders * messagesEach);
    }
}
