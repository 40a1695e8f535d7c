package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's walk through the API, on the assembled server and real PostgreSQL. */
class ApiOnPostgresTest {
    private static final String ROOT_PASSWORD = "walkthrough root password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Application application;
    private static String root;

    private record Answer(int status, JsonNode body) {
    }

    @BeforeAll
    static void start() throws Exception {
        String rootName = "walk-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        // the platform admin is created only if there is none yet: add ours through the service
        application = Application.start(new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 4, false,
                new ServerConfig.Access("nobody-in-particular", "a long enough password", 10, 1)), Clock.systemUTC());
        var persistence = application.persistence();
        persistence.transactions().inPlatform(() -> {
            persistence.platformAdmins().add(new io.aggregator.domain.access.PlatformAdmin(
                    io.aggregator.domain.user.UserId.newId(), io.aggregator.domain.user.Username.of(rootName),
                    new io.aggregator.adapter.security.BcryptPasswordHasher(10).hash(ROOT_PASSWORD),
                    java.time.Instant.now()));
            return null;
        });
        root = send(null, "POST", "/api/v1/session",
                "{\"username\":\"" + rootName + "\",\"password\":\"" + ROOT_PASSWORD + "\"}").body().path("token").asText();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static Answer send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + application.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    @Test
    void aPlatformAdminCreatesATenantAndManagesItsSettings() throws Exception {
        String tenant = "walk-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);

        Answer created = send(root, "POST", "/api/v1/tenants", "{\"tenant_id\":\"" + tenant
                + "\",\"display_name\":\"Coffee Shop\",\"settings\":{\"system_message\":\"You are a friendly coffee shop "
                + "assistant.\",\"handover_mode\":\"ask\",\"language\":\"en\",\"thresholds\":{\"response_timeout\":30}}}");
        Answer patched = send(root, "PATCH", "/api/v1/tenants/" + tenant + "/settings",
                "{\"thresholds\":{\"max_responses\":5,\"custom\":{\"tone\":\"warm\"}}}");
        Answer refused = send(root, "PATCH", "/api/v1/tenants/" + tenant + "/settings",
                "{\"language\":\"it\",\"thresholds\":{\"escalation_threshold\":1.7}}");
        Answer stored = send(root, "GET", "/api/v1/tenants/" + tenant + "/settings", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(stored.body().path("language").asText()).isEqualTo("en");
        assertThat(stored.body().path("thresholds").path("response_timeout").asInt()).isEqualTo(30);
        assertThat(stored.body().path("thresholds").path("custom").path("tone").asText()).isEqualTo("warm");
        assertThat(stored.body().path("thresholds").has("escalation_threshold")).isFalse();
    }

    @Test
    void faqsAreCreatedSearchedPagedAndExportedOnPostgresql() throws Exception {
        String tenant = "faq-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        send(root, "POST", "/api/v1/tenants", "{\"tenant_id\":\"" + tenant + "\",\"display_name\":\"Faq Shop\"}");
        var persistence = application.persistence();
        persistence.transactions().runInTenant(io.aggregator.domain.tenant.TenantId.of(tenant), () ->
                persistence.users().add(new io.aggregator.domain.user.User(io.aggregator.domain.user.UserId.newId(),
                        io.aggregator.domain.user.Username.of("olga"),
                        new io.aggregator.adapter.security.BcryptPasswordHasher(10).hash(ROOT_PASSWORD),
                        io.aggregator.domain.user.Role.ADMIN, true, java.time.Instant.now())));
        String olga = send(null, "POST", "/api/v1/session", "{\"tenant_id\":\"" + tenant
                + "\",\"username\":\"olga\",\"password\":\"" + ROOT_PASSWORD + "\"}").body().path("token").asText();
        String faqs = "/api/v1/tenants/" + tenant + "/faqs";

        for (int i = 0; i < 5; i++) {
            assertThat(send(olga, "POST", faqs, "{\"question\":\"Question " + i + " about 100% vegan_food?\","
                    + "\"answer\":\"Answer " + i + "\",\"keywords\":\"vegan, food\",\"priority\":" + i + "}").status())
                    .isEqualTo(201);
        }
        Answer firstPage = send(olga, "GET", faqs + "?limit=2", null);
        Answer secondPage = send(olga, "GET", faqs + "?limit=2&cursor=" + firstPage.body().path("next_cursor").asText(), null);
        Answer literalPercent = send(olga, "GET", faqs + "?q=100%25", null);
        Answer noMatch = send(olga, "GET", faqs + "?q=" + java.net.URLEncoder.encode("1_0", java.nio.charset.StandardCharsets.UTF_8), null);

        assertThat(firstPage.body().path("items")).extracting(f -> f.path("priority").asInt()).containsExactly(4, 3);
        assertThat(secondPage.body().path("items")).extracting(f -> f.path("priority").asInt()).containsExactly(2, 1);
        assertThat(literalPercent.body().path("items")).hasSize(5);
        assertThat(noMatch.body().path("items")).isEmpty();
        assertThat(send(olga, "GET", faqs + "/export?format=json", null).body()).hasSize(5);
    }

    @Test
    void aDuplicateTenantIs409AndAnUnknownOne404() throws Exception {
        String tenant = "dup-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        String body = "{\"tenant_id\":\"" + tenant + "\",\"display_name\":\"Dup\"}";

        assertThat(send(root, "POST", "/api/v1/tenants", body).status()).isEqualTo(201);
        assertThat(send(root, "POST", "/api/v1/tenants", body).status()).isEqualTo(409);
        assertThat(send(root, "GET", "/api/v1/tenants/never-created", null).status()).isEqualTo(404);
        assertThat(send(root, "GET", "/api/v1/tenants/never-created/settings", null).status()).isEqualTo(404);
    }
}
