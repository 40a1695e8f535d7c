package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsRoutesTest {
    private static final String PATH = "/api/v1/tenants/shop/settings";
    private final TestApi api = new TestApi();
    private String admin;

    @BeforeEach
    void aShopAndItsAdmin() {
        api.tenantWithUsers("shop");
        admin = api.logIn("shop", "admin");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer send(String method, String body) {
        return api.http.as(admin, method, PATH, body);
    }

    @Test
    void aTenantWithoutSettingsHasTheDefaults() {
        JsonNode settings = send("GET", null).body();

        assertThat(settings.path("handover_mode").asText()).isEqualTo("ask");
        assertThat(settings.path("language").asText()).isEqualTo("en");
        assertThat(settings.path("thresholds").size()).isZero();
    }

    @Test
    void replaceThenPatchKeepsWhatThePatchLeavesOut() {
        var replaced = send("PUT", """
                {"system_message": "You are a technical support specialist.", "handover_mode": "immediate",
                 "language": "en", "thresholds": {"response_timeout": 60, "max_responses": 10,
                 "escalation_threshold": 0.8, "tone": "formal"}}""");
        var patched = send("PATCH", "{\"language\": \"ru\", \"thresholds\": {\"tone\": null, \"max_responses\": 3}}");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(patched.status()).isEqualTo(200);
        JsonNode now = send("GET", null).body();
        assertThat(now.path("language").asText()).isEqualTo("ru");
        assertThat(now.path("handover_mode").asText()).isEqualTo("immediate");
        assertThat(now.path("thresholds").path("max_responses").asInt()).isEqualTo(3);
        assertThat(now.path("thresholds").path("escalation_threshold").asDouble()).isEqualTo(0.8);
        assertThat(now.path("thresholds").has("tone")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"handover_mode\": \"later\"}                        | handover_mode",
        "{\"language\": \"it\"}                                | language",
        "{\"thresholds\": {\"escalation_threshold\": 1.7}}     | thresholds.escalation_threshold",
        "{\"thresholds\": {\"max_responses\": -3}}             | thresholds.max_responses",
        "{\"thresholds\": {\"response_timeout\": \"soon\"}}    | thresholds.response_timeout",
    })
    void invalidSettingsAre422NamingTheFieldAndChangeNothing(String patch, String field) {
        send("PATCH", "{\"system_message\": \"before\"}");

        var answer = send("PATCH", patch);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("errors")).extracting(e -> e.path("field").asText()).contains(field);
        assertThat(send("GET", null).body().path("system_message").asText()).isEqualTo("before");
    }

    @Test
    void a200KilobyteSystemMessageIsRefused() {
        var answer = send("PATCH", "{\"system_message\": \"" + "x".repeat(200 * 1024) + "\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("system_message");
    }

    @Test
    void aReplacementMustBeWhole() {
        var answer = send("PUT", "{\"system_message\": \"only this\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(send("GET", null).body().path("system_message").asText()).isEmpty();
    }

    @Test
    void unicodeIsKeptExactly() {
        String text = "Привет 👋 café e\\u0301 日本語";
        send("PATCH", "{\"system_message\": \"" + text + "\"}");

        assertThat(send("GET", null).body().path("system_message").asText()).isEqualTo("Привет 👋 café e\u0301 日本語");
    }

    @Test
    void aManagerMayNotButThePlatformAdminMay() {
        String manager = api.logIn("shop", "manager");

        assertThat(api.http.as(manager, "GET", PATH, null).status()).isEqualTo(403);
        assertThat(api.http.as(api.rootToken(), "GET", PATH, null).status()).isEqualTo(200);
        assertThat(api.http.as(api.rootToken(), "GET", "/api/v1/tenants/nowhere/settings", null).status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsAdminGets404() {
        api.tenantWithUsers("rival");
        String rival = api.logIn("rival", "admin");

        var answer = api.http.as(rival, "GET", PATH, null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(api.http.as(rival, "PATCH", PATH, "{\"system_message\":\"pwned\"}").status()).isEqualTo(404);
        assertThat(send("GET", null).body().path("system_message").asText()).isEmpty();
    }
}
