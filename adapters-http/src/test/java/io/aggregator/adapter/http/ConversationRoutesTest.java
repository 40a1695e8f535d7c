package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Username;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationRoutesTest {
    private static final String MESSAGES = "/api/v1/tenants/shop/messages";
    private static final String TRY_BOT = "/api/v1/tenants/shop/try-bot/messages";
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
                .findByChannelChatId(Channel.of("telegram"), "777"))).isEmpty();
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

    @Test
    void anAdminTriesTheBotInAWebChatOfTheirOwnThatTheInboxShows() {
        String admin = api.logIn("shop", "admin");

        var answered = api.http.as(admin, "POST", TRY_BOT, "{\"text\":\"what are your opening hours?\"}");
        var again = api.http.as(admin, "POST", TRY_BOT, "{\"text\":\"and the opening hours on sunday?\"}");
        String chat = answered.body().path("chat_id").asText();
        var shown = api.http.as(admin, "GET", "/api/v1/tenants/shop/chats/" + chat, null);
        var history = api.http.as(admin, "GET", "/api/v1/tenants/shop/chats/" + chat + "/messages", null);

        assertThat(answered.status()).isEqualTo(202);
        assertThat(answered.body().path("repeated").asBoolean()).isFalse();
        assertThat(answered.body().path("mode").asText()).isEqualTo("bot");
        assertThat(answered.body().path("bot_reply").path("source").asText()).isEqualTo("faq");
        assertThat(answered.body().path("bot_reply").path("text").asText()).isEqualTo("We open 7am-9pm daily");
        assertThat(again.body().path("chat_id").asText()).isEqualTo(chat);
        assertThat(again.body().path("message_id").asText()).isNotEqualTo(answered.body().path("message_id").asText());
        assertThat(shown.body().path("channel").asText()).isEqualTo("web");
        assertThat(shown.body().path("channel_chat_id").asText()).startsWith("try-bot-");
        assertThat(shown.body().path("customer").path("username").asText()).isEqualTo("admin");
        assertThat(history.body().path("items").findValuesAsText("author"))
                .containsExactly("bot", "customer", "bot", "customer");
        assertThat(history.body().path("items").get(3).path("text").asText()).isEqualTo("what are your opening hours?");
    }

    @Test
    void givenNoTextOrACallerWhoIsNotTheTenantsAdmin_thenTheTryBotRefusesAndStartsNoChat() {
        api.tenantWithUsers("rival");

        assertRefused(api.http.as(api.logIn("shop", "admin"), "POST", TRY_BOT, "{\"text\":\"  \"}"), 422, "text");
        assertRefused(api.http.as(api.logIn("shop", "admin"), "POST", TRY_BOT, "{}"), 422, "text");
        assertRefused(api.http.as(api.logIn("shop", "manager"), "POST", TRY_BOT, "{\"text\":\"hi\"}"), 403, null);
        assertRefused(api.http.as(api.rootToken(), "POST", TRY_BOT, "{\"text\":\"hi\"}"), 403, null);
        assertRefused(api.http.as(api.logIn("rival", "admin"), "POST", TRY_BOT, "{\"text\":\"hi\"}"), 404, null);
        assertRefused(api.http.send("POST", TRY_BOT, "{\"text\":\"hi\"}"), 401, null);
        assertThat(api.ports.transactions().inTenant(TenantId.of("shop"), () -> api.ports.chats().findByChannelChatId(
                Channel.of("web"), "try-bot-" + api.ports.users().findByUsername(Username.of("admin")).orElseThrow().id())))
                .isEmpty();
    }
}
