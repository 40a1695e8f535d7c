package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.domain.access.PlatformAdmin;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users, integration keys and legacy settings through the assembled server on PostgreSQL as the
 * runtime role: the wiring, the row locks under row-level security, and bcrypt, together.
 */
class AdministrationApiTest {
    private static final String ROOT_PASSWORD = "a configured secret";
    private String root;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private Application application;

    private record Answer(int status, JsonNode body) {
    }

    @BeforeEach
    void start() {
        application = Application.start(new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 2, false,
                new ServerConfig.Access("admin", ROOT_PASSWORD, 10, 12)), Clock.systemUTC());
        // the database is shared with other tests, which may have made the first platform admin already
        var persistence = application.persistence();
        root = "root-" + ThreadLocalRandom.current().nextInt(1_000_000);
        persistence.transactions().inPlatform(() -> {
            persistence.platformAdmins().add(new PlatformAdmin(UserId.newId(), Username.of(root),
                    new BcryptPasswordHasher(10).hash(ROOT_PASSWORD), Instant.now()));
            return null;
        });
    }

    @AfterEach
    void stop() {
        application.close();
    }

    private Answer send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + application.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    private String logIn(String tenant, String username, String password) throws Exception {
        String tenantField = tenant == null ? "" : "\"tenant_id\":\"" + tenant + "\",";
        Answer login = send(null, "POST", "/api/v1/session",
                "{" + tenantField + "\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(login.status()).as("login of %s: %s", username, login.body()).isEqualTo(201);
        return login.body().path("token").asText();
    }

    @Test
    void aNewTenantGetsItsFirstAdminWhoManagesUsersKeysAndLegacySettings() throws Exception {
        String tenant = "bakery_" + ThreadLocalRandom.current().nextInt(1_000_000);
        String base = "/api/v1/tenants/" + tenant;
        String root = logIn(null, this.root, ROOT_PASSWORD);
        assertThat(send(root, "POST", "/api/v1/tenants", "{\"tenant_id\":\"" + tenant + "\",\"display_name\":\"Bakery\"}")
                .status()).isEqualTo(201);
        assertThat(send(root, "POST", base + "/users",
                "{\"username\":\"owner\",\"password\":\"first admin secret\",\"role\":\"admin\"}").status()).isEqualTo(201);
        String owner = logIn(tenant, "owner", "first admin secret");

        String ownerId = send(owner, "GET", base + "/users", null).body().path("items").get(0).path("id").asText();
        assertThat(send(root, "PATCH", base + "/users/" + ownerId, "{\"role\":\"manager\"}").status()).isEqualTo(422);
        Answer baker = send(owner, "POST", base + "/users",
                "{\"username\":\"baker\",\"password\":\"flour and water secret\",\"role\":\"manager\"}");
        assertThat(baker.status()).isEqualTo(201);
        String bakerSession = logIn(tenant, "baker", "flour and water secret");
        assertThat(send(owner, "POST", base + "/users/" + baker.body().path("id").asText() + "/password",
                "{\"new_password\":\"a reset secret\"}").status()).isEqualTo(204);
        assertThat(send(bakerSession, "GET", "/api/v1/session", null).status()).isEqualTo(401);

        Answer key = send(owner, "POST", base + "/integration-keys", "{\"name\":\"n8n\"}");
        assertThat(key.status()).isEqualTo(201);
        String secret = key.body().path("key").asText();
        assertThat(send(secret, "GET", "/api/v1/session", null).body().path("kind").asText()).isEqualTo("integration_key");
        send(owner, "POST", base + "/integration-keys/" + key.body().path("id").asText() + "/revoke", null);
        assertThat(send(secret, "GET", "/api/v1/session", null).status()).isEqualTo(401);

        String greeting = base + "/bot-settings/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82%20%D0%B4%D0%BB%D1%8F%20ai";
        assertThat(send(owner, "PUT", greeting, "{\"value\":\"Здравствуйте!\"}").status()).isEqualTo(200);
        assertThat(send(owner, "PUT", greeting, "{\"value\":\"nul \\u0000 inside\"}").status()).isEqualTo(422);
        assertThat(send(owner, "GET", base + "/bot-settings", null).body().path("привет для ai").asText())
                .isEqualTo("Здравствуйте!");
    }
}
