package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionRoutesTest {
    private final TestApi api = new TestApi();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpClientForTests.Answer login(String body) {
        return api.http.send("POST", "/api/v1/session", body);
    }

    @Test
    void aTenantAdminLogsInGetsCookiesAndIsRecognised() {
        api.tenantWithUsers("coffee_shop_123");

        var answer = login("{\"tenant_id\":\"coffee_shop_123\",\"username\":\"admin\",\"password\":\"" + TestApi.PASSWORD + "\"}");

        assertThat(answer.status()).isEqualTo(201);
        String token = answer.body().path("token").asText();
        assertThat(token).startsWith("s.coffee_shop_123.");
        List<String> cookies = answer.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("aggregator_session=" + token)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("aggregator_csrf=")
                .doesNotContainIgnoringCase("HttpOnly"));
        var me = api.http.as(token, "GET", "/api/v1/session", null);
        assertThat(me.body().path("kind").asText()).isEqualTo("tenant_user");
        assertThat(me.body().path("role").asText()).isEqualTo("admin");
        assertThat(me.body().path("tenant_id").asText()).isEqualTo("coffee_shop_123");
    }

    @Test
    void wrongCredentialsAllAnswerTheSame401() {
        api.tenantWithUsers("coffee_shop_123");

        var wrongPassword = login("{\"tenant_id\":\"coffee_shop_123\",\"username\":\"admin\",\"password\":\"nope nope nope\"}");
        var unknownUser = login("{\"tenant_id\":\"coffee_shop_123\",\"username\":\"ghost\",\"password\":\"nope nope nope\"}");
        var unknownTenant = login("{\"tenant_id\":\"nowhere\",\"username\":\"admin\",\"password\":\"nope nope nope\"}");

        for (var answer : List.of(wrongPassword, unknownUser, unknownTenant)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body().path("detail").asText()).isEqualTo(wrongPassword.body().path("detail").asText());
        }
    }

    @Test
    void repeatedFailuresAreAnswered429WithRetryAfter() {
        api.tenantWithUsers("coffee_shop_123");
        String wrong = "{\"tenant_id\":\"coffee_shop_123\",\"username\":\"admin\",\"password\":\"nope nope nope\"}";
        for (int i = 0; i < 4; i++) {
            assertThat(login(wrong).status()).isEqualTo(401);
        }

        var throttled = login(wrong);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
    }

    @Test
    void withTheCookieAWriteNeedsTheCsrfHeader() {
        api.tenantWithUsers("coffee_shop_123");
        var login = login("{\"tenant_id\":\"coffee_shop_123\",\"username\":\"admin\",\"password\":\"" + TestApi.PASSWORD + "\"}");
        String cookie = "aggregator_session=" + login.body().path("token").asText();
        String csrf = login.body().path("csrf_token").asText();
        String body = "{\"system_message\":\"hi\"}";

        var read = api.http.send("GET", "/api/v1/tenants/coffee_shop_123/settings", null, Map.of("Cookie", cookie));
        var forged = api.http.send("PATCH", "/api/v1/tenants/coffee_shop_123/settings", body, Map.of("Cookie", cookie));
        var wrongToken = api.http.send("PATCH", "/api/v1/tenants/coffee_shop_123/settings", body,
                Map.of("Cookie", cookie, "X-CSRF-Token", "s..AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        var genuine = api.http.send("PATCH", "/api/v1/tenants/coffee_shop_123/settings", body,
                Map.of("Cookie", cookie, "X-CSRF-Token", csrf));

        assertThat(read.status()).isEqualTo(200);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.body().path("system_message").asText()).isEqualTo("hi");
    }

    @Test
    void logOutEndsTheSessionAndClearsTheCookies() {
        String token = api.rootToken();

        var out = api.http.as(token, "DELETE", "/api/v1/session", null);

        assertThat(out.status()).isEqualTo(204);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("aggregator_session=;"));
        assertThat(api.http.as(token, "GET", "/api/v1/session", null).status()).isEqualTo(401);
    }

    @Test
    void changingMyPasswordEndsMyOtherSessions() {
        String here = api.rootToken();
        String there = api.rootToken();

        var weak = api.http.as(here, "POST", "/api/v1/session/password",
                "{\"current_password\":\"" + TestApi.PASSWORD + "\",\"new_password\":\"short\"}");
        var changed = api.http.as(here, "POST", "/api/v1/session/password",
                "{\"current_password\":\"" + TestApi.PASSWORD + "\",\"new_password\":\"another long secret\"}");

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body().path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.http.as(here, "GET", "/api/v1/session", null).status()).isEqualTo(200);
        assertThat(api.http.as(there, "GET", "/api/v1/session", null).status()).isEqualTo(401);
    }

    @Test
    void missingOrMalformedCredentialsAre401() {
        assertThat(api.http.get("/api/v1/session").status()).isEqualTo(401);
        assertThat(api.http.send("GET", "/api/v1/session", null, Map.of("Authorization", "Basic eDp5")).status())
                .isEqualTo(401);
        assertThat(api.http.as("s..not-a-token", "GET", "/api/v1/session", null).status()).isEqualTo(401);
    }

    @Test
    void badLoginBodiesAreClientErrors() {
        assertThat(login("").status()).isEqualTo(422);
        assertThat(login("{\"username\":\"root\"}").status()).isEqualTo(422);
        assertThat(login("{\"username\":5,\"password\":\"x\"}").status()).isEqualTo(400);
        assertThat(login("{\"tenant_id\":\"Bad Id\",\"username\":\"a\",\"password\":\"b\"}").status()).isEqualTo(422);
        assertThat(api.http.send("POST", "/api/v1/session", "username=root",
                Map.of("Content-Type", "application/x-www-form-urlencoded")).status()).isEqualTo(415);
    }
}
