package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.n8n.StandardWebhookSignature;
import io.aggregator.adapter.n8n.WebhookSecret;
import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.bootstrap.FakeN8n.Received;
import io.aggregator.bootstrap.FakeN8n.Response;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server and a tenant's n8n, end to end: the assembled server on real PostgreSQL, its outbox
 * workers posting signed AI requests and deliveries to a local fake n8n, answers coming back in the
 * webhook's response or through the signed callback endpoint.
 */
class N8nIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PASSWORD = "integration test password";
    private static Application application;
    private static FakeN8n n8n;

    @BeforeAll
    static void start() throws Exception {
        n8n = new FakeN8n();
        application = Application.start(new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 8, false,
                new ServerConfig.Access("someone-else", "a long enough password", 10, 1),
                new ServerConfig.Integration(Optional.empty(), List.of("127.0.0.0/8"), Optional.empty(), null, 4, 4,
                        3, Duration.ofMillis(100), Duration.ofDays(30))), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        application.close();
        n8n.close();
    }

    /** A tenant connected to the fake n8n at paths of its own. */
    private record Shop(TenantId tenant, String key, String admin, String secret) {
        String ai() {
            return "/" + tenant + "/ai";
        }

        String deliveries() {
            return "/" + tenant + "/deliver";
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Shop shop(HandoverMode mode, Map<String, Object> thresholds) throws Exception {
        var persistence = application.persistence();
        TenantId tenant = TenantId.of("n8n-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
        AccessToken token = AccessToken.newIntegrationKey(tenant);
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.tenants().add(Tenant.create(tenant, "Dog Cafe", Instant.now()));
            persistence.settings().save(new TenantSettings("You answer for a cafe.", mode, Language.EN,
                    Thresholds.fromMap(thresholds)));
            persistence.users().add(new User(UserId.newId(), Username.of("olga"),
                    new BcryptPasswordHasher(10).hash(PASSWORD), Role.ADMIN, true, Instant.now()));
            persistence.integrationKeys().add(new IntegrationKey(IntegrationKeyId.newId(), "telegram",
                    token.displayPrefix(), token.hash(), null, Instant.now(), null, null));
        });
        String admin = send("POST", null, "/api/v1/session", "{\"tenant_id\":\"" + tenant
                + "\",\"username\":\"olga\",\"password\":\"" + PASSWORD + "\"}").body().path("token").asText();
        Answer configured = send("PUT", admin, "/api/v1/tenants/" + tenant + "/integration",
                "{\"ai_webhook_url\":\"" + n8n.url("/" + tenant + "/ai") + "\",\"delivery_webhook_url\":\""
                        + n8n.url("/" + tenant + "/deliver") + "\",\"history_messages\":5,\"faq_candidates\":2}");
        assertThat(configured.status()).isEqualTo(200);
        Answer secret = send("POST", admin, "/api/v1/tenants/" + tenant + "/integration/secret", "");
        assertThat(secret.status()).isEqualTo(201);
        return new Shop(tenant, token.reveal(), admin, secret.body().path("secret").asText());
    }

    private static Shop shop() throws Exception {
        return shop(HandoverMode.IMMEDIATE, Map.of());
    }

    private static Answer send(String method, String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + application.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode()
                : JSON.readTree(response.body()));
    }

    /** A customer message nothing in the (empty) FAQ answers; returns the chat id. */
    private static String customerAsks(Shop shop, String text) throws Exception {
        Answer receipt = send("POST", shop.key(), "/api/v1/tenants/" + shop.tenant() + "/messages",
                JSON.writeValueAsString(Map.of("channel", "telegram", "chat_id", "555", "message_id",
                        UUID.randomUUID().toString(), "customer", Map.of("display_name", "Ann"), "text", text)));
        assertThat(receipt.status()).isEqualTo(202);
        return receipt.body().path("chat_id").asText();
    }

    private static List<JsonNode> messages(Shop shop, String chat) throws Exception {
        Answer page = send("GET", shop.admin(), "/api/v1/tenants/" + shop.tenant() + "/chats/" + chat
                + "/messages?limit=100", null);
        List<JsonNode> messages = new ArrayList<>();
        page.body().path("items").forEach(messages::add);
        return messages;
    }

    /** Polls the chat's messages until they satisfy {@code done}, for up to 20 seconds. */
    private static List<JsonNode> messagesOnceThey(Shop shop, String chat, Predicate<List<JsonNode>> done)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<JsonNode> messages = messages(shop, chat);
        while (!done.test(messages) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            messages = messages(shop, chat);
        }
        assertThat(done).as("messages never reached the expected state: %s", messages).accepts(messages);
        return messages;
    }

    /**
     * Waits, for up to 20 seconds, until none of the chat's outbox entries is pending any more: after
     * that the server sends nothing more for it, so what the fake n8n has not received it never will.
     */
    private static void outboxSettled(Shop shop, String chat) throws InterruptedException {
        var persistence = application.persistence();
        var chatId = io.aggregator.domain.chat.ChatId.parse(chat);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (persistence.transactions().inTenant(shop.tenant(), () -> persistence.outbox().listByChat(chatId))
                .stream().anyMatch(entry -> entry.status() == io.aggregator.application.port.out.OutboxEntry.Status.PENDING)) {
            assertThat(System.nanoTime()).as("the chat's outbox still has pending work after 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static Predicate<List<JsonNode>> aMessage(String source, String deliveryStatus) {
        return messages -> messages.stream().anyMatch(m -> source.equals(m.path("source").asText())
                && deliveryStatus.equals(m.path("delivery").path("status").asText()));
    }

    private static long withSource(List<JsonNode> messages, String source) {
        return messages.stream().filter(m -> source.equals(m.path("source").asText())).count();
    }

    private static String mode(Shop shop, String chat) throws Exception {
        return send("GET", shop.admin(), "/api/v1/tenants/" + shop.tenant() + "/chats/" + chat, null)
                .body().path("mode").asText();
    }

    private static void assertSigned(Received request, Shop shop) {
        StandardWebhookSignature.verify(List.of(WebhookSecret.parse(shop.secret())), request.header("webhook-id"),
                request.header("webhook-timestamp"), request.header("webhook-signature"), request.body(),
                Instant.now(), Duration.ofMinutes(5));
    }

    /** Posts an answer to the request's callback URL, signed as n8n would sign it. */
    private static Answer callBack(JsonNode aiRequest, String body, String secret, String webhookId, Instant at)
            throws Exception {
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(aiRequest.path("callback_url").asText()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhookSignature.sign(WebhookSecret.parse(secret), webhookId,
                        timestamp, body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    @Test
    void aSynchronousAnswerIsStoredAsTheAisAndDeliveredSigned() throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.json(200,
                "{\"answer\":\"Dogs are welcome on the terrace.\",\"confidence\":0.91,\"model\":\"test-model\"}"));

        String chat = customerAsks(shop, "Can I bring my dog inside?");

        Received request = n8n.next(shop.ai());
        assertSigned(request, shop);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("type").asText()).isEqualTo("ai_request");
        assertThat(body.path("request_id").asText()).isEqualTo(request.header("webhook-id"));
        assertThat(body.path("tenant").path("id").asText()).isEqualTo(shop.tenant().value());
        assertThat(body.path("tenant").path("system_message").asText()).isEqualTo("You answer for a cafe.");
        assertThat(body.path("chat").path("id").asText()).isEqualTo(chat);
        assertThat(body.path("chat").path("channel_chat_id").asText()).isEqualTo("555");
        assertThat(body.path("message").path("text").asText()).isEqualTo("Can I bring my dog inside?");
        assertThat(body.path("callback_url").asText()).endsWith("/api/v1/tenants/" + shop.tenant()
                + "/ai-callbacks/" + request.header("webhook-id"));
        assertThat(body.path("history").isArray()).isTrue();

        Received delivery = n8n.next(shop.deliveries());
        assertSigned(delivery, shop);
        JsonNode delivered = JSON.readTree(delivery.body());
        assertThat(delivered.path("type").asText()).isEqualTo("delivery");
        assertThat(delivered.path("text").asText()).isEqualTo("Dogs are welcome on the terrace.");
        assertThat(delivered.path("channel").asText()).isEqualTo("telegram");
        assertThat(delivered.path("channel_chat_id").asText()).isEqualTo("555");
        assertThat(delivered.path("source").asText()).isEqualTo("ai");
        List<JsonNode> messages = messagesOnceThey(shop, chat, aMessage("ai", "sent"));
        assertThat(withSource(messages, "ai")).isEqualTo(1);
        assertThat(mode(shop, chat)).isEqualTo("bot");
    }

    @Test
    void anAsynchronousAnswerComesThroughTheCallback_onceHoweverOftenItIsPosted() throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.json(200, "{\"message\":\"Workflow was started\"}"));
        String chat = customerAsks(shop, "Is there parking nearby?");
        JsonNode request = JSON.readTree(n8n.next(shop.ai()).body());
        String answer = "{\"answer\":\"Yes, behind the building.\",\"handover\":false,\"confidence\":0.8}";

        Answer first = callBack(request, answer, shop.secret(), "msg_first", Instant.now());
        Answer replayed = callBack(request, answer, shop.secret(), "msg_first", Instant.now());
        Answer again = callBack(request, answer, shop.secret(), "msg_second", Instant.now());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("result").asText()).isEqualTo("applied");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().path("result").asText()).isEqualTo("already_taken");
        assertThat(again.body().path("result").asText()).isEqualTo("already_taken");
        assertThat(JSON.readTree(n8n.next(shop.deliveries()).body()).path("text").asText())
                .isEqualTo("Yes, behind the building.");
        List<JsonNode> messages = messagesOnceThey(shop, chat, aMessage("ai", "sent"));
        assertThat(withSource(messages, "ai")).isEqualTo(1);
        assertThat(n8n.waiting(shop.deliveries())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"answer\":\"\",\"handover\":true}", "{\"answer\":\"Let me check\",\"manager\":true}",
            "{\"answer\":\"Let me check\",\"manager\":\"true\"}"})
    void theAiAsksForAManager_inEachFormTheChatGoesToTheManagers(String answer) throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.json(200, answer));

        String chat = customerAsks(shop, "I want to complain about my order");

        n8n.next(shop.ai());
        List<JsonNode> messages = messagesOnceThey(shop, chat, list -> list.stream().anyMatch(
                m -> "sent".equals(m.path("delivery").path("status").asText())));
        assertThat(withSource(messages, "ai")).isZero();
        assertThat(mode(shop, chat)).isEqualTo("manager");
        assertThat(JSON.readTree(n8n.next(shop.deliveries()).body()).path("text").asText()).isNotEqualTo("Let me check");
    }

    @Test
    void anAnswerLessConfidentThanTheThresholdIsNotSent_theCustomerIsAskedAboutAManager() throws Exception {
        Shop shop = shop(HandoverMode.ASK, Map.of("escalation_threshold", 0.6));
        n8n.script(shop.ai(), Response.json(200, "{\"answer\":\"Maybe on Tuesdays?\",\"confidence\":0.3}"));

        String chat = customerAsks(shop, "When do you get fresh fish?");

        n8n.next(shop.ai());
        Received delivery = n8n.next(shop.deliveries());
        assertThat(JSON.readTree(delivery.body()).path("text").asText()).doesNotContain("Maybe on Tuesdays");
        List<JsonNode> messages = messagesOnceThey(shop, chat, list -> list.size() == 2);
        assertThat(withSource(messages, "ai")).isZero();
        assertThat(mode(shop, chat)).isEqualTo("awaiting_confirmation");
    }

    @Test
    void noAnswerInTime_theCustomerGetsTheFallbackOnce_andALateAnswerIsOnlyRecorded() throws Exception {
        Shop shop = shop(HandoverMode.IMMEDIATE, Map.of("response_timeout", 1));
        n8n.script(shop.ai(), Response.status(202));
        String chat = customerAsks(shop, "Do you deliver to the airport?");
        JsonNode request = JSON.readTree(n8n.next(shop.ai()).body());

        List<JsonNode> messages = messagesOnceThey(shop, chat, aMessage("fallback", "sent"));
        assertThat(withSource(messages, "fallback")).isEqualTo(1);
        assertThat(mode(shop, chat)).isEqualTo("manager");
        n8n.next(shop.deliveries());

        Answer late = callBack(request, "{\"answer\":\"Yes, for 20 euros.\"}", shop.secret(), "msg_late",
                Instant.now());
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body().path("result").asText()).isEqualTo("recorded_late");
        messages = messagesOnceThey(shop, chat, aMessage("ai", "not_sent"));
        assertThat(withSource(messages, "fallback")).isEqualTo(1);
        outboxSettled(shop, chat);
        assertThat(n8n.waiting(shop.deliveries())).isEmpty();
    }

    @Test
    void twoServerErrorsThenSuccess_oneAnswerStoredAndDeliveredOnce() throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.status(500), Response.json(503, "{\"error\":\"busy\"}"),
                Response.json(200, "{\"answer\":\"Third time lucky.\"}"));

        String chat = customerAsks(shop, "Are you open on holidays?");

        Received first = n8n.next(shop.ai());
        Received second = n8n.next(shop.ai());
        Received third = n8n.next(shop.ai());
        assertThat(List.of(second.header("webhook-id"), third.header("webhook-id")))
                .containsOnly(first.header("webhook-id"));
        assertThat(JSON.readTree(n8n.next(shop.deliveries()).body()).path("text").asText())
                .isEqualTo("Third time lucky.");
        List<JsonNode> messages = messagesOnceThey(shop, chat, aMessage("ai", "sent"));
        assertThat(withSource(messages, "ai")).isEqualTo(1);
        outboxSettled(shop, chat);
        assertThat(n8n.waiting(shop.deliveries())).isEmpty();
        assertThat(n8n.waiting(shop.ai())).isEmpty();
    }

    @Test
    void tooManyRequests_theRetryWaitsAsLongAsRetryAfterSays() throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.status(429).withHeader("Retry-After", "2"),
                Response.json(200, "{\"answer\":\"Patience pays.\"}"));

        String chat = customerAsks(shop, "Can I pay by card?");

        Received limited = n8n.next(shop.ai());
        Received retried = n8n.next(shop.ai());
        // whole seconds: a retry two or more seconds later has a timestamp at least two greater
        assertThat(Long.parseLong(retried.header("webhook-timestamp")))
                .isGreaterThanOrEqualTo(Long.parseLong(limited.header("webhook-timestamp")) + 2);
        messagesOnceThey(shop, chat, aMessage("ai", "sent"));
    }

    @Test
    void callbacksWithABadSignatureOrAStaleTimestampAreRefusedAndStoreNothing() throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.status(200));
        String chat = customerAsks(shop, "Do you sell gift cards?");
        JsonNode request = JSON.readTree(n8n.next(shop.ai()).body());
        String answer = "{\"answer\":\"Yes, in the shop.\"}";

        Answer forged = callBack(request, answer, WebhookSecret.generate().reveal(), "msg_forged", Instant.now());
        Answer stale = callBack(request, answer, shop.secret(), "msg_stale", Instant.now().minusSeconds(600));
        Answer unsigned = send("POST", null, URI.create(request.path("callback_url").asText()).getPath(), answer);

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body().path("detail").asText()).contains("no valid signature");
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.body().path("detail").asText()).contains("webhook-timestamp");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(withSource(messages(shop, chat), "ai")).isZero();
        // the genuine answer still counts afterwards: the refused ones used nothing up
        assertThat(callBack(request, answer, shop.secret(), "msg_forged", Instant.now()).status()).isEqualTo(200);
        assertThat(withSource(messagesOnceThey(shop, chat, aMessage("ai", "sent")), "ai")).isEqualTo(1);
    }

    @Test
    void aDeliveryTheWebhookRefusesFailsAtOnce_isListedForTheAdmin_andRetriedOnRequest() throws Exception {
        Shop shop = shop();
        n8n.script(shop.ai(), Response.json(200, "{\"answer\":\"We close at nine.\"}"));
        n8n.script(shop.deliveries(), Response.json(400, "{\"error\":\"chat not found\"}"));
        String chat = customerAsks(shop, "When do you close?");

        messagesOnceThey(shop, chat, aMessage("ai", "failed"));
        Answer failed = send("GET", shop.admin(), "/api/v1/tenants/" + shop.tenant() + "/outbox/failed", null);
        assertThat(failed.body().path("items")).hasSize(1);
        JsonNode entry = failed.body().path("items").get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("delivery");
        assertThat(entry.path("attempts").asInt()).isEqualTo(1);
        assertThat(entry.path("last_error").asText()).contains("400");

        Answer retried = send("POST", shop.admin(), "/api/v1/tenants/" + shop.tenant() + "/outbox/"
                + entry.path("id").asText() + "/retry", null);

        assertThat(retried.status()).isEqualTo(202);
        messagesOnceThey(shop, chat, aMessage("ai", "sent"));
        assertThat(send("GET", shop.admin(), "/api/v1/tenants/" + shop.tenant() + "/outbox/failed", null)
                .body().path("items")).isEmpty();
        Received first = n8n.next(shop.deliveries());
        Received second = n8n.next(shop.deliveries());
        assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
    }
}
