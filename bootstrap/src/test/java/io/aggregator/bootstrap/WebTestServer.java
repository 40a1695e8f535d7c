package io.aggregator.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.faq.Faq;
import io.aggregator.domain.faq.FaqId;
import io.aggregator.domain.faq.Keywords;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server the browser tests drive: the assembled application on the test PostgreSQL, with a fake
 * n8n taking deliveries, started once per test run and shared by every browser test. Each test
 * works in tenants of its own, so tests cannot see each other's data.
 */
final class WebTestServer {
    static final String PASSWORD = "browser test password";
    static final String PLATFORM_ADMIN = "root";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WebTestServer instance;

    private final Application application;
    private final FakeN8n n8n;

    /** A tenant made for one test: an admin and a manager (both with {@link #PASSWORD}) and a key. */
    record TestTenant(TenantId id, String name, String admin, String manager, String integrationKey) {
        String deliveries() {
            return "/" + id + "/deliver";
        }
    }

    private WebTestServer() throws IOException {
        n8n = new FakeN8n();
        application = Application.start(new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 8, false,
                new ServerConfig.Access(PLATFORM_ADMIN, PASSWORD, 10, 1),
                new ServerConfig.Integration(Optional.empty(), List.of("127.0.0.0/8"), Optional.empty(), null, 4, 4,
                        3, Duration.ofMillis(100), Duration.ofDays(30))), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            n8n.close();
        }));
    }

    static synchronized WebTestServer get() {
        if (instance == null) {
            try {
                instance = new WebTestServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String baseUrl() {
        return "http://localhost:" + application.port();
    }

    FakeN8n n8n() {
        return n8n;
    }

    /**
     * A new tenant named {@code name} (its id made unique), with AI settings, the given FAQs
     * (question, answer, keywords), an admin {@code anna}, a manager {@code max}, an integration key
     * for posting customer messages, and deliveries going (signed) to the fake n8n.
     */
    TestTenant newTenant(String name, List<List<String>> faqs) {
        var persistence = application.persistence();
        TenantId tenant = TenantId.of(name.toLowerCase().replaceAll("[^a-z0-9]+", "_") + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
        AccessToken key = AccessToken.newIntegrationKey(tenant);
        var hash = new BcryptPasswordHasher(10).hash(PASSWORD);
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.tenants().add(Tenant.create(tenant, name, Instant.now()));
            persistence.settings().save(new TenantSettings("You answer for " + name + ".", HandoverMode.IMMEDIATE,
                    Language.EN, Thresholds.fromMap(Map.of())));
            int priority = faqs.size();
            for (List<String> faq : faqs) {
                persistence.faqs().add(new Faq(FaqId.newId(), faq.get(0), faq.get(1), Keywords.parse(faq.get(2)),
                        priority--, true));
            }
            persistence.users().add(new User(UserId.newId(), Username.of("anna"), hash, Role.ADMIN, true,
                    Instant.now()));
            persistence.users().add(new User(UserId.newId(), Username.of("max"), hash, Role.MANAGER, true,
                    Instant.now()));
            persistence.integrationKeys().add(new IntegrationKey(IntegrationKeyId.newId(), "web widget",
                    key.displayPrefix(), key.hash(), null, Instant.now(), null, null));
        });
        TestTenant created = new TestTenant(tenant, name, "anna", "max", key.reveal());
        String admin = logIn(tenant, "anna");
        call("PUT", admin, "/api/v1/tenants/" + tenant + "/integration", "{\"delivery_webhook_url\":\""
                + n8n.url(created.deliveries()) + "\"}");
        // deliveries are signed: without a secret they would fail
        call("POST", admin, "/api/v1/tenants/" + tenant + "/integration/secret", null);
        return created;
    }

    /** A customer's message on the test channel, as a channel connector posts it; answers the chat id. */
    String customerWrites(TestTenant tenant, String channelChatId, String customerName, String text) {
        JsonNode receipt = call("POST", tenant.integrationKey(), "/api/v1/tenants/" + tenant.id() + "/messages",
                "{\"channel\":\"telegram\",\"chat_id\":\"" + channelChatId + "\",\"message_id\":\"" + UUID.randomUUID()
                        + "\",\"customer\":{\"display_name\":\"" + customerName + "\"},\"text\":"
                        + quoted(text) + "}");
        return receipt.path("chat_id").asText();
    }

    /** A session token of one of the tenant's users. */
    String logIn(TenantId tenant, String username) {
        return call("POST", null, "/api/v1/session", "{\"tenant_id\":\"" + tenant + "\",\"username\":\"" + username
                + "\",\"password\":\"" + PASSWORD + "\"}").path("token").asText();
    }

    /** An API call with a bearer token (a session or a key); fails the test on any status but 2xx. */
    JsonNode call(String method, String token, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
