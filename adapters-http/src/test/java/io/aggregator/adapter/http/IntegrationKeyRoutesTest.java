package io.aggregator.adapter.http;

import static io.aggregator.adapter.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntegrationKeyRoutesTest {
    private static final String SHOP = "shop";
    private static final String KEYS = "/api/v1/tenants/shop/integration-keys";

    private TestApi api;
    private String admin;

    @BeforeEach
    void aShopAndAnotherTenant() {
        api = new TestApi();
        api.tenantWithUsers(SHOP);
        api.tenantWithUsers("other");
        admin = api.logIn(SHOP, "admin");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer as(String token, String method, String path, String body) {
        return api.http.as(token, method, path, body);
    }

    private List<IntegrationKey> storedKeys(String tenant) {
        return api.ports.transactions().inTenant(TenantId.of(tenant), () -> api.ports.integrationKeys().listAll());
    }

    private HttpClientForTests.Answer create(String name) {
        return as(admin, "POST", KEYS, "{\"name\":\"" + name + "\"}");
    }

    @Test
    void aCreatedKeyIsShownOnceAndOnlyItsHashAndPrefixAreStored() {
        var created = create("n8n production");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String key = created.body().path("key").asText();
        assertThat(key).startsWith("k.shop.").startsWith(created.body().path("prefix").asText());
        assertThat(created.body().path("name").asText()).isEqualTo("n8n production");
        assertThat(created.body().path("created_at").asText()).isNotBlank();
        IntegrationKey stored = storedKeys(SHOP).get(0);
        assertThat(stored.id().toString()).isEqualTo(created.body().path("id").asText());
        assertThat(stored.keyHash()).isEqualTo(AccessToken.sha256(key));
        assertThat(stored.prefix()).isEqualTo(created.body().path("prefix").asText()).isNotEqualTo(key);

        var listed = as(admin, "GET", KEYS, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().toString()).doesNotContain(key).doesNotContain(stored.keyHash());
        var item = listed.body().path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo(created.body().path("id").asText());
        assertThat(item.has("key")).isFalse();
        assertThat(item.has("last_used_at")).isTrue();
        assertThat(item.path("revoked_at").isNull()).isTrue();
    }

    @Test
    void aKeyAuthenticatesAsItsTenantsIntegrationKeyAndRecordsItsUse() {
        var created = create("n8n");
        String key = created.body().path("key").asText();

        var me = as(key, "GET", "/api/v1/session", null);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("kind").asText()).isEqualTo("integration_key");
        assertThat(me.body().path("tenant_id").asText()).isEqualTo(SHOP);
        assertThat(me.body().path("key_id").asText()).isEqualTo(created.body().path("id").asText());
        assertThat(me.body().path("key_name").asText()).isEqualTo("n8n");
        var listed = as(admin, "GET", KEYS, null).body().path("items").get(0);
        assertThat(listed.path("last_used_at").isNull()).isFalse();
    }

    @Test
    void aRevokedKeyIsRefusedWith401AndRevokingAgainChangesNothing() {
        var created = create("n8n");
        String key = created.body().path("key").asText();
        String revoke = KEYS + "/" + created.body().path("id").asText() + "/revoke";

        var revoked = as(admin, "POST", revoke, null);
        var again = as(admin, "POST", revoke, null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().path("revoked_at").asText()).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(revoked.body());
        assertRefused(as(key, "GET", "/api/v1/session", null), 401, null);
        assertThat(as(admin, "GET", KEYS, null).body().path("items").get(0).path("revoked_at").asText())
                .isEqualTo(revoked.body().path("revoked_at").asText());
    }

    @Test
    void aKeyOfOneTenantGets404OnAnotherTenantsRoutesAnd403OnItsOwnAdminRoutes() {
        String key = create("n8n").body().path("key").asText();

        assertRefused(as(key, "GET", "/api/v1/tenants/other/integration-keys", null), 404, null);
        assertRefused(as(key, "GET", "/api/v1/tenants/other/users", null), 404, null);
        assertRefused(as(key, "GET", "/api/v1/tenants/other/bot-settings", null), 404, null);
        assertRefused(as(key, "GET", KEYS, null), 403, null);
        assertRefused(as(key, "POST", KEYS, "{\"name\":\"a key making keys\"}"), 403, null);
        assertRefused(as(key, "GET", "/api/v1/tenants/shop/users", null), 403, null);
        assertRefused(as(key, "GET", "/api/v1/tenants/shop/bot-settings", null), 403, null);
        assertRefused(as(key, "GET", "/api/v1/tenants/shop/settings", null), 403, null);
        assertThat(storedKeys(SHOP)).hasSize(1);
    }

    @Test
    void keysAreListedNewestFirstRevokedOnesIncluded() {
        String first = create("first").body().path("id").asText();
        create("second");
        as(admin, "POST", KEYS + "/" + first + "/revoke", null);

        assertThat(as(admin, "GET", KEYS, null).body().path("items")).extracting(k -> k.path("name").asText())
                .containsExactly("second", "first");
    }

    @Test
    void aManagerGets403AndAnAdminOfAnotherTenant404AndNeitherSeesAnything() {
        String keyId = create("n8n").body().path("id").asText();
        String manager = api.logIn(SHOP, "manager");
        String stranger = api.logIn("other", "admin");
        List<IntegrationKey> before = storedKeys(SHOP);

        assertRefused(as(manager, "GET", KEYS, null), 403, null);
        assertRefused(as(manager, "POST", KEYS, "{\"name\":\"mine\"}"), 403, null);
        assertRefused(as(manager, "POST", KEYS + "/" + keyId + "/revoke", null), 403, null);
        for (var answer : List.of(as(stranger, "GET", KEYS, null), as(stranger, "POST", KEYS, "{\"name\":\"mine\"}"),
                as(stranger, "POST", KEYS + "/" + keyId + "/revoke", null))) {
            assertRefused(answer, 404, null);
            assertThat(answer.body().path("detail").asText()).isEqualTo("no tenant 'shop'");
        }
        assertThat(storedKeys(SHOP)).isEqualTo(before);
        assertThat(storedKeys("other")).isEmpty();
    }

    @Test
    void thePlatformAdminManagesATenantsKeysToSetItUp() {
        String root = api.rootToken();
        HttpClientForTests.Answer created = as(root, "POST", KEYS, "{\"name\":\"n8n\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("key").asText()).startsWith("k.shop.");
        String id = created.body().path("id").asText();
        assertThat(as(root, "GET", KEYS, null).body().path("items")).extracting(item -> item.path("id").asText())
                .contains(id);
        assertThat(as(root, "POST", KEYS + "/" + id + "/revoke", null).body().path("revoked_at").isNull()).isFalse();
    }

    @Test
    void anUnknownOrMalformedKeyIdIsNotFound() {
        assertRefused(as(admin, "POST", KEYS + "/0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b/revoke", null), 404, null);
        assertRefused(as(admin, "POST", KEYS + "/not-a-key/revoke", null), 404, null);
    }

    static Stream<Arguments> badNewKeys() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"name\": ", 400, null),
                Arguments.of("no body", "", 422, "body"),
                Arguments.of("no name", "{}", 422, "name"),
                Arguments.of("a null name", "{\"name\":null}", 422, "name"),
                Arguments.of("a number as name", "{\"name\":42}", 400, "name"),
                Arguments.of("an object as name", "{\"name\":{\"en\":\"n8n\"}}", 400, "name"),
                Arguments.of("an unknown field", "{\"name\":\"n8n\",\"scopes\":[\"all\"]}", 400, "scopes"),
                Arguments.of("a blank name", "{\"name\":\"   \"}", 422, "name"),
                Arguments.of("a name of 101 characters", "{\"name\":\"" + "n".repeat(101) + "\"}", 422, "name"),
                Arguments.of("a name of 101 Cyrillic letters", "{\"name\":\"" + "ж".repeat(101) + "\"}", 422, "name"),
                Arguments.of("a name on two lines", "{\"name\":\"n8n\\nprod\"}", 422, "name"),
                Arguments.of("a name with a right-to-left override", "{\"name\":\"n8n\u202Edorp\"}", 422, "name"),
                Arguments.of("a name with a lone surrogate", "{\"name\":\"n8n \\ud800\"}", 422, "name"),
                Arguments.of("a name with an escaped NUL", "{\"name\":\"n8n\\u0000\"}", 422, "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNewKeys")
    void aBadNewKeyIsRefusedNamingTheFieldAndStoresNothing(String what, String body, int status, String field) {
        assertRefused(as(admin, "POST", KEYS, body), status, field);

        assertThat(storedKeys(SHOP)).isEmpty();
    }

    @Test
    void aNameOf100CharactersInAnyScriptIsKept() {
        String name = "ключ-\uD83D\uDD11-" + "k".repeat(93);

        var created = create(name);

        assertThat(created.status()).isEqualTo(201);
        assertThat(storedKeys(SHOP).get(0).name()).isEqualTo(name);
    }
}
