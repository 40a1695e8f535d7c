package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationRoutesTest {
    private static final String MESSAGES = "/api/v1/tenants/shop/messages";
    private final TestApi api = new TestApi();
    private String key;

    @BeforeEach
    void aShopWithAnFaqAndAConnectorKey() {
        api.tenantWithUsers("shop");
        AccessToken token = AccessToken.newIntegrationKey(TenantId.of("shop"));
        api.ports.transactions().runInTenant(TenantId.of("shop"), () -> {
            api.ports.faqs().add(new Faq(FaqId.newId(), "What are your opening hours?", "We open 7am-9pm daily",
                    Keywords.parse("hours, opening"), 1, true));
            api.ports.integrationKeys().add(new IntegrationKey(IntegrationKeyId.newId(), "telegram", token.displayPrefix(),
                    token.hash(), null, Instant.now(), null, null));
        });
        key = token.reveal();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer inbound(String messageId, String text) {
        return api.http.as(key, "POST", MESSAGES, "{\"channel\":\"telegram\",\"chat_id\":\"777\",\"message_id\":\""
                + messageId + "\",\"customer\":{\"display_name\":\"Ann\"},\"text\":\"" + text + "\"}");
    }

    @Test
    void aCustomersQuestionIsAnsweredFromTheFaqAndARepeatChangesNothing() {
        var first = inbound("1", "what are your opening hours?");
        var repeat = inbound("1", "what are your opening hours?");

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().path("bot_reply").path("source").asText()).isEqualTo("faq");
        assertThat(first.body().path("bot_reply").path("text").asText()).isEqualTo("We open 7am-9pm daily");
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().path("repeated").asBoolean()).isTrue();
        assertThat(repeat.body().path("message_id").asText()).isEqualTo(first.body().path("message_id").asText());
        assertThat(repeat.body().path("bot_reply").isNull()).isTrue();
    }

    @Test
    void aManagerRepliesAndTakesTheChatOver() {
        String chat = inbound("1", "what are your opening hours?").body().path("chat_id").asText();
        String manager = api.logIn("shop", "manager");

        var reply = api.http.as(manager, "POST", "/api/v1/tenants/shop/chats/" + chat + "/reply",
                "{\"text\":\"Hi, I am Maria\"}");
        var silent = inbound("2", "what are your opening hours?");
        var givenBack = api.http.as(manager, "POST", "/api/v1/tenants/shop/chats/" + chat + "/give-back", null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().path("author").asText()).isEqualTo("manager");
        assertThat(silent.body().path("mode").asText()).isEqualTo("manager");
        assertThat(silent.body().path("bot_reply").isNull()).isTrue();
        assertThat(givenBack.body().path("mode").asText()).isEqualTo("bot");
    }

    @Test
    void badInboundMessagesAre4xxAndStoreNothing() {
        var noText = inbound("1", "   ");
        var badChannel = api.http.as(key, "POST", MESSAGES,
                "{\"channel\":\"Tele gram\",\"chat_id\":\"777\",\"message_id\":\"2\",\"text\":\"hi\"}");
        var noMessageId = api.http.as(key, "POST", MESSAGES, "{\"channel\":\"telegram\",\"chat_id\":\"777\",\"text\":\"hi\"}");
        var future = api.http.as(key, "POST", MESSAGES, "{\"channel\":\"telegram\",\"chat_id\":\"777\",\"message_id\":\"3\","
                + "\"text\":\"hi\",\"sent_at\":\"2999-01-01T00:00:00Z\"}");
        var huge = inbound("4", "x".repeat(20_001));

        assertThat(noText.status()).isEqualTo(422);
        assertThat(badChannel.body().path("errors").get(0).path("field").asText()).isEqualTo("channel");
        assertThat(noMessageId.body().path("errors").get(0).path("field").asText()).isEqualTo("message_id");
        assertThat(future.body().path("errors").get(0).path("field").asText()).isEqualTo("sent_at");
        assertThat(huge.status()).isEqualTo(422);
        assertThat(api.ports.transactions().inTenant(TenantId.of("shop"), () -> api.ports.chats()
                .findByChannelChatId(io.aggregator.domain.chat.Channel.of("telegram"), "777"))).isEmpty();
    }

    @Test
    void onlyTheTenantsKeysMayPostMessagesAndOnlyItsUsersActInItsChats() {
        api.tenantWithUsers("rival");
        String chat = inbound("1", "hello").body().path("chat_id").asText();

        assertThat(api.http.as(api.logIn("shop", "admin"), "POST", MESSAGES,
                "{\"channel\":\"telegram\",\"chat_id\":\"1\",\"message_id\":\"1\",\"text\":\"hi\"}").status()).isEqualTo(403);
        assertThat(api.http.as(api.logIn("rival", "manager"), "POST", "/api/v1/tenants/shop/chats/" + chat + "/reply",
                "{\"text\":\"spam\"}").status()).isEqualTo(404);
        assertThat(api.http.as(api.logIn("rival", "manager"), "POST", "/api/v1/tenants/rival/chats/" + chat + "/reply",
                "{\"text\":\"spam\"}").status()).isEqualTo(404);
    }

    @Test
    void anAdminTriesAQuestionAndSeesWhichFaqWouldAnswer() {
        var answer = api.http.as(api.logIn("shop", "admin"), "POST", "/api/v1/tenants/shop/faqs/test",
                "{\"question\":\"when are you open? opening hours please\"}");
        var nothing = api.http.as(api.logIn("shop", "admin"), "POST", "/api/v1/tenants/shop/faqs/test",
                "{\"question\":\"do you sell bicycles\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("answered_by").path("question").asText()).isEqualTo("What are your opening hours?");
        assertThat(answer.body().path("candidates").get(0).path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(nothing.body().path("answered_by").isNull()).isTrue();
    }
}
