package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.adapter.n8n.StandardWebhookSignature;
import io.aggregator.adapter.n8n.WebhookSecret;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.domain.chat.ChatId;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrationRoutesTest {
    private static final String SHOP = "shop";
    private static final String INTEGRATION = "/api/v1/tenants/shop/integration";

    private TestApi api;
    private String admin;

    @BeforeEach
    void aShop() {
        api = new TestApi();
        api.tenantWithUsers(SHOP);
        admin = api.logIn(SHOP, "admin");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer as(String method, String path, String body) {
        return api.http.as(admin, method, path, body);
    }

    private String rotate(int overlapMinutes) {
        var rotated = as("POST", INTEGRATION + "/secret", "{\"overlap_minutes\":" + overlapMinutes + "}");
        assertThat(rotated.status()).isEqualTo(201);
        return rotated.body().path("secret").asText();
    }

    @Test
    void aNewTenantHasNothingConnected_andGetsWhatItSaves() {
        var initial = as("GET", INTEGRATION, null);
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.body().path("ai_webhook_url").isNull()).isTrue();
        assertThat(initial.body().path("history_messages").asInt()).isEqualTo(10);
        assertThat(initial.body().path("faq_candidates").asInt()).isEqualTo(3);
        assertThat(initial.body().path("secret_set").asBoolean()).isFalse();

        var saved = as("PUT", INTEGRATION, "{\"ai_webhook_url\":\"http://127.0.0.1:5678/webhook/ai\","
                + "\"delivery_webhook_url\":\"http://127.0.0.1:5678/webhook/deliver\",\"history_messages\":20,"
                + "\"faq_candidates\":0}");

        assertThat(saved.status()).isEqualTo(200);
        var read = as("GET", INTEGRATION, null);
        assertThat(read.body().path("ai_webhook_url").asText()).isEqualTo("http://127.0.0.1:5678/webhook/ai");
        assertThat(read.body().path("delivery_webhook_url").asText()).isEqualTo("http://127.0.0.1:5678/webhook/deliver");
        assertThat(read.body().path("history_messages").asInt()).isEqualTo(20);
        assertThat(read.body().path("faq_candidates").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"ai_webhook_url\":\"ftp://n8n.example/ai\"} | ai_webhook_url | http:// or https://",
        "{\"ai_webhook_url\":\"http://169.254.169.254/latest/meta-data\"} | ai_webhook_url | cloud-metadata",
        "{\"delivery_webhook_url\":\"http://10.1.2.3/deliver\"} | delivery_webhook_url | does not allow",
        "{\"delivery_webhook_url\":\"http://user:pw@127.0.0.1/deliver\"} | delivery_webhook_url | user name",
        "{\"history_messages\":51} | history_messages | between 0 and 50",
        "{\"faq_candidates\":-1} | faq_candidates | between 0 and 10"})
    void badSettingsAre422SayingWhy_andChangeNothing(String body, String field, String why) {
        as("PUT", INTEGRATION, "{\"ai_webhook_url\":\"http://127.0.0.1:5678/webhook/ai\"}");

        var refused = as("PUT", INTEGRATION, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors")).anySatisfy(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("message").asText()).contains(why);
        });
        assertThat(as("GET", INTEGRATION, null).body().path("ai_webhook_url").asText())
                .isEqualTo("http://127.0.0.1:5678/webhook/ai");
    }

    @Test
    void theSecretIsShownOnlyWhenMade_andSealedWhereItIsStored() {
        var rotated = as("POST", INTEGRATION + "/secret", null);

        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
        String secret = rotated.body().path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        var read = as("GET", INTEGRATION, null);
        assertThat(read.body().path("secret_set").asBoolean()).isTrue();
        assertThat(read.text()).doesNotContain(secret);
        var stored = api.ports.transactions().inTenant(TenantId.of(SHOP), () -> api.ports.integration().load())
                .orElseThrow();
        assertThat(stored.secrets().current()).doesNotContain(secret.substring("whsec_".length()));
        assertThat(api.cipher.open(stored.secrets().current())).isEqualTo(secret);
        assertThat(as("POST", INTEGRATION + "/secret", "{\"overlap_minutes\":10081}").status()).isEqualTo(422);
    }

    /** A customer message the AI is asked about (no worker runs here, so it stays asked); its request id. */
    private UUID aQuestionForTheAi(String channelMessageId) {
        String key = as("POST", "/api/v1/tenants/shop/integration-keys", "{\"name\":\"telegram\"}")
                .body().path("key").asText();
        var receipt = api.http.as(key, "POST", "/api/v1/tenants/shop/messages", "{\"channel\":\"telegram\","
                + "\"chat_id\":\"7\",\"message_id\":\"" + channelMessageId + "\",\"text\":\"Do you rent bikes?\"}");
        assertThat(receipt.status()).isEqualTo(202);
        ChatId chat = ChatId.parse(receipt.body().path("chat_id").asText());
        return api.ports.transactions().inTenant(TenantId.of(SHOP), () -> api.ports.outbox().listByChat(chat))
                .stream().filter(entry -> entry.kind() == OutboxEntry.Kind.AI_REQUEST)
                .reduce((first, second) -> second).orElseThrow().id();
    }

    private HttpClientForTests.Answer callBack(UUID request, String secret) {
        String body = "{\"answer\":\"Yes, 10 euros a day.\"}";
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        return api.http.send("POST", "/api/v1/tenants/shop/ai-callbacks/" + request, body, Map.of(
                "webhook-id", id, "webhook-timestamp", Long.toString(now),
                "webhook-signature", StandardWebhookSignature.sign(WebhookSecret.parse(secret), id, now, body)));
    }

    @Test
    void duringARotationsOverlapBothSecretsVerifyCallbacks_andWithoutOneOnlyTheNewOneDoes() {
        as("PUT", INTEGRATION, "{\"ai_webhook_url\":\"http://127.0.0.1:9/ai\"}");
        String first = rotate(0);
        String second = rotate(60);
        assertThat(as("GET", INTEGRATION, null).body().path("previous_secret_valid_until").isNull()).isFalse();

        assertThat(callBack(aQuestionForTheAi("1"), first).status()).isEqualTo(200);

        String third = rotate(0);
        UUID question = aQuestionForTheAi("2");
        var withTheOld = callBack(question, second);
        assertThat(withTheOld.status()).isEqualTo(401);
        assertThat(withTheOld.body().path("type").asText()).isEqualTo("urn:aggregator:problem:unauthenticated");
        assertThat(callBack(question, third).status()).isEqualTo(200);
    }

    @Test
    void anAnswerWithWrongFieldsIs422_andACallbackForAnUnknownRequestIs404() {
        as("PUT", INTEGRATION, "{\"ai_webhook_url\":\"http://127.0.0.1:9/ai\"}");
        String secret = rotate(0);
        UUID question = aQuestionForTheAi("1");
        String body = "{\"answer\":42,\"confidence\":7}";
        long now = Instant.now().getEpochSecond();

        var wrong = api.http.send("POST", "/api/v1/tenants/shop/ai-callbacks/" + question, body, Map.of(
                "webhook-id", "msg_1", "webhook-timestamp", Long.toString(now),
                "webhook-signature", StandardWebhookSignature.sign(WebhookSecret.parse(secret), "msg_1", now, body)));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().path("errors")).extracting(error -> error.path("field").asText())
                .containsExactlyInAnyOrder("answer", "confidence");
        assertThat(callBack(UUID.randomUUID(), secret).status()).isEqualTo(404);
        assertThat(callBack(question, secret).status()).isEqualTo(200);
    }
}
