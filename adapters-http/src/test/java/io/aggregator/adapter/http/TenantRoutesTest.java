package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.domain.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantRoutesTest {
    private final TestApi api = new TestApi();
    private String root;

    @BeforeEach
    void logIn() {
        root = api.rootToken();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer asRoot(String method, String path, String body) {
        return api.http.as(root, method, path, body);
    }

    @Test
    void aPlatformAdminCreatesATenantWithItsSettings() {
        var created = asRoot("POST", "/api/v1/tenants", """
                {"tenant_id": "coffee_shop_123", "display_name": "Coffee Shop",
                 "settings": {"system_message": "You are a friendly coffee shop assistant.", "handover_mode": "ask",
                              "language": "en", "thresholds": {"response_timeout": 30, "max_responses": 5}}}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/tenants/coffee_shop_123");
        assertThat(created.body().path("status").asText()).isEqualTo("active");
        var settings = asRoot("GET", "/api/v1/tenants/coffee_shop_123/settings", null);
        assertThat(settings.body().path("thresholds").path("max_responses").asInt()).isEqualTo(5);
        assertThat(asRoot("POST", "/api/v1/tenants", "{\"tenant_id\":\"coffee_shop_123\",\"display_name\":\"Again\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void theDirectoryIsPagedAndFilteredByStatus() {
        for (String id : new String[] {"t-c", "t-a", "t-b"}) {
            asRoot("POST", "/api/v1/tenants", "{\"tenant_id\":\"" + id + "\",\"display_name\":\"" + id + "\"}");
        }
        asRoot("POST", "/api/v1/tenants/t-b/suspend", null);

        var first = asRoot("GET", "/api/v1/tenants?limit=2", null);
        var second = asRoot("GET", "/api/v1/tenants?limit=2&cursor=" + first.body().path("next_cursor").asText(), null);
        var suspended = asRoot("GET", "/api/v1/tenants?status=suspended", null);

        assertThat(first.body().path("items")).extracting(t -> t.path("tenant_id").asText()).containsExactly("t-a", "t-b");
        assertThat(second.body().path("items")).extracting(t -> t.path("tenant_id").asText()).containsExactly("t-c");
        assertThat(second.body().path("next_cursor").isNull()).isTrue();
        assertThat(suspended.body().path("items")).extracting(t -> t.path("tenant_id").asText()).containsExactly("t-b");
        assertThat(asRoot("GET", "/api/v1/tenants?status=paused", null).status()).isEqualTo(422);
        assertThat(asRoot("GET", "/api/v1/tenants?limit=0", null).status()).isEqualTo(422);
    }

    @Test
    void aSuspendedTenantsUsersAreRefusedUntilReactivated() {
        api.tenantWithUsers("shop");
        String admin = api.logIn("shop", "admin");

        asRoot("POST", "/api/v1/tenants/shop/suspend", null);
        assertThat(api.http.as(admin, "GET", "/api/v1/tenants/shop/settings", null).status()).isEqualTo(403);
        asRoot("POST", "/api/v1/tenants/shop/reactivate", null);
        assertThat(api.http.as(admin, "GET", "/api/v1/tenants/shop/settings", null).status()).isEqualTo(200);
    }

    @Test
    void deletingNeedsTheTenantIdRepeatedThenRemovesEverything() {
        api.tenantWithUsers("shop");

        var unconfirmed = asRoot("POST", "/api/v1/tenants/shop/delete", "{\"confirm\":\"yes\"}");
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.body().path("errors").get(0).path("field").asText()).isEqualTo("confirm");
        assertThat(asRoot("GET", "/api/v1/tenants/shop", null).status()).isEqualTo(200);

        assertThat(asRoot("POST", "/api/v1/tenants/shop/delete", "{\"confirm\":\"shop\"}").status()).isEqualTo(204);
        assertThat(asRoot("GET", "/api/v1/tenants/shop", null).status()).isEqualTo(404);
        assertThat(api.ports.transactions().inTenant(TenantId.of("shop"), () -> api.ports.users().listAll())).isEmpty();
    }

    @Test
    void renamingAndRateLimitsArePartialChanges() {
        asRoot("POST", "/api/v1/tenants", "{\"tenant_id\":\"shop\",\"display_name\":\"Shop\"}");

        var limited = asRoot("PATCH", "/api/v1/tenants/shop", "{\"rate_limit_per_minute\": 100}");
        var renamed = asRoot("PATCH", "/api/v1/tenants/shop", "{\"display_name\": \"Shop & Co\"}");
        var reset = asRoot("PATCH", "/api/v1/tenants/shop", "{\"reset_rate_limit\": true}");

        assertThat(limited.body().path("rate_limit_per_minute").asInt()).isEqualTo(100);
        assertThat(renamed.body().path("rate_limit_per_minute").asInt()).isEqualTo(100);
        assertThat(renamed.body().path("display_name").asText()).isEqualTo("Shop & Co");
        assertThat(reset.body().path("rate_limit_per_minute").isNull()).isTrue();
    }

    @Test
    void badTenantInputIsRefusedAndChangesNothing() {
        asRoot("POST", "/api/v1/tenants", "{\"tenant_id\":\"shop\",\"display_name\":\"Shop\"}");

        var badId = asRoot("POST", "/api/v1/tenants", "{\"tenant_id\":\"Shop Ü\",\"display_name\":\"x\"}");
        var noName = asRoot("POST", "/api/v1/tenants", "{\"tenant_id\":\"other\"}");
        var hugeName = asRoot("PATCH", "/api/v1/tenants/shop", "{\"display_name\":\"" + "x".repeat(201) + "\"}");
        var badLimit = asRoot("PATCH", "/api/v1/tenants/shop", "{\"rate_limit_per_minute\": -5}");
        var wrongType = asRoot("PATCH", "/api/v1/tenants/shop", "{\"rate_limit_per_minute\": \"many\"}");
        var badSettings = asRoot("POST", "/api/v1/tenants",
                "{\"tenant_id\":\"third\",\"display_name\":\"x\",\"settings\":{\"handover_mode\":\"never\"}}");

        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.body().path("errors").get(0).path("field").asText()).isEqualTo("tenant_id");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(hugeName.status()).isEqualTo(422);
        assertThat(badLimit.body().path("errors").get(0).path("field").asText()).isEqualTo("rate_limit_per_minute");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(badSettings.status()).isEqualTo(422);
        var shop = asRoot("GET", "/api/v1/tenants/shop", null).body();
        assertThat(shop.path("display_name").asText()).isEqualTo("Shop");
        assertThat(shop.path("rate_limit_per_minute").isNull()).isTrue();
        assertThat(asRoot("GET", "/api/v1/tenants/other", null).status()).isEqualTo(404);
        assertThat(asRoot("GET", "/api/v1/tenants/third", null).status()).isEqualTo(404);
    }

    @Test
    void tenantUsersCannotManageTenants() {
        api.tenantWithUsers("shop");
        String admin = api.logIn("shop", "admin");

        assertThat(api.http.as(admin, "GET", "/api/v1/tenants", null).status()).isEqualTo(403);
        assertThat(api.http.as(admin, "POST", "/api/v1/tenants/shop/suspend", null).status()).isEqualTo(403);
    }
}
