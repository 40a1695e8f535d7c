package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Body size, content type, per-tenant rate limits and correlation ids: what every route shares. */
class LimitsTest {
    private final TestApi api = new TestApi(new HttpSettings(10_000, 5, 100, false));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aBodyOverTheLimitIs413() {
        api.tenantWithUsers("shop");
        String admin = api.logIn("shop", "admin");

        var answer = api.http.as(admin, "PATCH", "/api/v1/tenants/shop/settings",
                "{\"system_message\": \"" + "x".repeat(20_000) + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyOfTheWrongTypeIs415() {
        api.tenantWithUsers("shop");
        String admin = api.logIn("shop", "admin");

        var answer = api.http.send("PATCH", "/api/v1/tenants/shop/settings", "<settings/>",
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "application/xml"));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body().path("detail").asText()).contains("application/json");
    }

    @Test
    void aTenantOverItsLimitIs429WhileAnotherTenantGoesOn() {
        api.tenantWithUsers("busy");
        api.tenantWithUsers("calm");
        String busy = api.logIn("busy", "admin");
        String calm = api.logIn("calm", "admin");

        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 8; i++) {
            var answer = api.http.as(busy, "GET", "/api/v1/tenants/busy/settings", null);
            if (answer.status() == 429) {
                refused++;
                retryAfter = answer.header("Retry-After");
            }
        }

        assertThat(refused).isGreaterThanOrEqualTo(3);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        assertThat(api.http.as(calm, "GET", "/api/v1/tenants/calm/settings", null).status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsAGivenOne() {
        var generated = api.http.get("/api/v1/openapi.json");
        var kept = api.http.send("GET", "/api/v1/session", null, Map.of("X-Request-Id", "trace-1234567"));

        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(kept.header("X-Request-Id")).isEqualTo("trace-1234567");
        assertThat(kept.body().path("correlation_id").asText()).isEqualTo("trace-1234567");
    }

    @Test
    void aRequestTheServerCannotEvenParseIsAProblemToo() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", api.api.port())) {
            socket.getOutputStream().write("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400").contains("urn:aggregator:problem:malformed-request");
        }
    }
}
