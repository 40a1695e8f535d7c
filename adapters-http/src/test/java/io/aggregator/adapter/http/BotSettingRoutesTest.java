package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.tenant.TenantId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BotSettingRoutesTest {
    private static final String SHOP = "shop";
    private static final String SETTINGS = "/api/v1/tenants/shop/bot-settings";
    private static final String SYSTEM_MESSAGE = "system message for ai";

    private TestApi api;
    private String admin;

    @BeforeEach
    void aShopWithOneSettingAndAnotherTenant() {
        api = new TestApi();
        api.tenantWithUsers(SHOP);
        api.tenantWithUsers("other");
        admin = api.logIn(SHOP, "admin");
        assertThat(put(SYSTEM_MESSAGE, "{\"value\":\"You are a barista.\"}").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** A key as one path segment: percent-encoded, a space as %20 (a '+' in a path is a plus). */
    private static String path(String key) {
        return SETTINGS + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpClientForTests.Answer as(String token, String method, String path, String body) {
        return api.http.as(token, method, path, body);
    }

    private HttpClientForTests.Answer put(String key, String body) {
        return as(admin, "PUT", path(key), body);
    }

    private Map<String, String> stored(String tenant) {
        return api.ports.transactions().inTenant(TenantId.of(tenant), () -> api.ports.botSettings().listAll());
    }

    @Test
    void settingsWithSpacesCyrillicAndSlashesArePutReadListedReplacedAndDeleted() {
        String greeting = "приветствие";
        String faq = "faq/hours + notes";
        assertThat(put(greeting, "{\"value\":\"Здравствуйте! \uD83D\uDC4B\"}").body().path("key").asText())
                .isEqualTo(greeting);
        put(faq, "{\"value\":\"Q: hours?\\nA: 7am-9pm\"}");
        put("SystemPrompt", "{\"value\":\"\"}");

        var one = as(admin, "GET", path(greeting), null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().path("key").asText()).isEqualTo(greeting);
        assertThat(one.body().path("value").asText()).isEqualTo("Здравствуйте! \uD83D\uDC4B");
        var all = as(admin, "GET", SETTINGS, null).body();
        assertThat(all.fieldNames()).toIterable()
                .containsExactly("SystemPrompt", "faq/hours + notes", SYSTEM_MESSAGE, greeting);
        assertThat(all.path(faq).asText()).isEqualTo("Q: hours?\nA: 7am-9pm");
        assertThat(all.path("SystemPrompt").asText()).isEmpty();

        var replaced = put(SYSTEM_MESSAGE, "{\"value\":\"You are a friendly barista.\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(as(admin, "GET", path(SYSTEM_MESSAGE), null).body().path("value").asText())
                .isEqualTo("You are a friendly barista.");

        assertThat(as(admin, "DELETE", path(greeting), null).status()).isEqualTo(204);
        assertRefused(as(admin, "GET", path(greeting), null), 404, null);
        assertRefused(as(admin, "DELETE", path(greeting), null), 404, null);
        assertThat(stored(SHOP)).containsOnlyKeys("SystemPrompt", faq, SYSTEM_MESSAGE);
    }

    @Test
    void aValueOf100000CharactersAndAKeyOf100AreKept() {
        String longKey = "ключ ".repeat(20);
        String longValue = "я".repeat(100_000);

        assertThat(put(longKey, "{\"value\":\"" + longValue + "\"}").status()).isEqualTo(200);

        assertThat(stored(SHOP)).containsEntry(longKey, longValue);
    }

    @Test
    void keysAreExactSoCaseAndSurroundingSpacesMakeOtherKeys() {
        put(" " + SYSTEM_MESSAGE, "{\"value\":\"padded\"}");

        assertRefused(as(admin, "GET", path("System message for AI"), null), 404, null);
        assertThat(stored(SHOP)).containsEntry(SYSTEM_MESSAGE, "You are a barista.")
                .containsEntry(" " + SYSTEM_MESSAGE, "padded");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"value\": \"abc", 400, null),
                Arguments.of("no body", "", 422, "body"),
                Arguments.of("no value", "{}", 422, "value"),
                Arguments.of("a null value", "{\"value\":null}", 422, "value"),
                Arguments.of("a number", "{\"value\":42}", 400, "value"),
                Arguments.of("a boolean", "{\"value\":true}", 400, "value"),
                Arguments.of("an array", "{\"value\":[\"a\"]}", 400, "value"),
                Arguments.of("an unknown field", "{\"value\":\"x\",\"key\":\"other\"}", 400, "key"),
                Arguments.of("100001 characters", "{\"value\":\"" + "x".repeat(100_001) + "\"}", 422, "value"),
                Arguments.of("100001 Cyrillic characters", "{\"value\":\"" + "я".repeat(100_001) + "\"}", 422, "value"),
                Arguments.of("an escaped NUL", "{\"value\":\"before\\u0000after\"}", 422, "value"),
                Arguments.of("a lone surrogate", "{\"value\":\"broken \\udc00 emoji\"}", 422, "value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueIsRefusedNamingTheFieldAndChangesNothing(String what, String body, int status, String field) {
        Map<String, String> before = stored(SHOP);

        assertRefused(put(SYSTEM_MESSAGE, body), status, field);
        assertRefused(put("a new key", body), status, field);

        assertThat(stored(SHOP)).isEqualTo(before);
    }

    static Stream<Arguments> badKeys() {
        return Stream.of(
                Arguments.of("101 characters", "%D0%BA".repeat(101)),
                Arguments.of("only spaces", "%20%20%20"),
                Arguments.of("a tab", "system%09message"),
                Arguments.of("a line break", "system%0Amessage"),
                Arguments.of("a zero-width space", "system%E2%80%8Bmessage"),
                Arguments.of("a byte-order mark", "%EF%BB%BFsystem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badKeys")
    void aKeyThatCannotBeStoredIs422OnPutAnd404OnReadAndDelete(String what, String encodedKey) {
        Map<String, String> before = stored(SHOP);

        assertRefused(as(admin, "PUT", SETTINGS + "/" + encodedKey, "{\"value\":\"x\"}"), 422, "key");
        assertRefused(as(admin, "GET", SETTINGS + "/" + encodedKey, null), 404, null);
        assertRefused(as(admin, "DELETE", SETTINGS + "/" + encodedKey, null), 404, null);

        assertThat(stored(SHOP)).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotUtf8OrTooLargeIsRefusedAndChangesNothing() {
        Map<String, String> before = stored(SHOP);
        byte[] truncatedCyrillic = {'{', '"', 'v', 'a', 'l', 'u', 'e', '"', ':', '"', (byte) 0xD0, '"', '}'};

        assertRefused(api.http.sendBytes("PUT", path(SYSTEM_MESSAGE), truncatedCyrillic,
                Map.of("Authorization", "Bearer " + admin)), 400, null);
        assertRefused(put(SYSTEM_MESSAGE, "{\"value\":\"" + "x".repeat(1_000_001) + "\"}"), 413, null);
        assertRefused(api.http.send("PUT", path(SYSTEM_MESSAGE), "value=x",
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "application/x-www-form-urlencoded")), 415,
                null);

        assertThat(stored(SHOP)).isEqualTo(before);
    }

    @Test
    void aManagerOrAPlatformAdminGets403AndChangesNothing() {
        Map<String, String> before = stored(SHOP);

        for (String token : List.of(api.logIn(SHOP, "manager"), api.rootToken())) {
            assertRefused(as(token, "GET", SETTINGS, null), 403, null);
            assertRefused(as(token, "GET", path(SYSTEM_MESSAGE), null), 403, null);
            assertRefused(as(token, "PUT", path(SYSTEM_MESSAGE), "{\"value\":\"hijacked\"}"), 403, null);
            assertRefused(as(token, "DELETE", path(SYSTEM_MESSAGE), null), 403, null);
        }

        assertThat(stored(SHOP)).isEqualTo(before);
    }

    @Test
    void anAdminOfAnotherTenantGets404AndSeesNothing() {
        String stranger = api.logIn("other", "admin");
        Map<String, String> before = stored(SHOP);

        List<HttpClientForTests.Answer> answers = List.of(
                as(stranger, "GET", SETTINGS, null),
                as(stranger, "GET", path(SYSTEM_MESSAGE), null),
                as(stranger, "PUT", path(SYSTEM_MESSAGE), "{\"value\":\"hijacked\"}"),
                as(stranger, "DELETE", path(SYSTEM_MESSAGE), null));

        assertThat(answers).allSatisfy(answer -> {
            assertRefused(answer, 404, null);
            assertThat(answer.body().path("detail").asText()).isEqualTo("no tenant 'shop'");
        });
        assertThat(stored(SHOP)).isEqualTo(before);
        assertThat(stored("other")).isEmpty();
    }
}
