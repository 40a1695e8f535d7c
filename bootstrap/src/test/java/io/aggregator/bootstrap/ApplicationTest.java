package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled server in this JVM, on both kinds of database. */
class ApplicationTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dataDirectory;

    private static ServerConfig embeddedConfig(Path dataDirectory, int port) {
        return new ServerConfig(ServerConfig.Http.local(port), new ServerConfig.EmbeddedDatabase(dataDirectory, 0), 4,
                true, new ServerConfig.Access("admin", null, 10, 12));
    }

    private static HttpResponse<String> get(Application application, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + application.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenNoDatabase_thenItRunsOnTheEmbeddedOneAndKeepsTheDataAcrossRestarts() throws Exception {
        TenantId added = TenantId.of("kept_across_restarts");
        try (Application first = Application.start(embeddedConfig(dataDirectory, 0), CLOCK)) {
            assertThat(get(first, "/health").statusCode()).isEqualTo(200);
            assertThat(get(first, "/ready").body()).contains("\"status\":\"ready\"");
            var persistence = first.persistence();
            persistence.transactions().inPlatform(() -> {
                persistence.tenants().add(Tenant.create(added, "Kept", Instant.now()));
                return null;
            });
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();

        try (Application second = Application.start(embeddedConfig(dataDirectory, 0), CLOCK)) {
            var persistence = second.persistence();
            assertThat(persistence.transactions().inPlatform(() -> persistence.tenants().findById(added))).isPresent();
            assertThat(persistence.transactions().inPlatform(
                    () -> persistence.tenants().findById(TenantId.of("coffee_shop_123")))).isPresent();
            assertThat(get(second, "/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void givenAnExternalDatabase_thenItMigratesAndServesAsTheRuntimeRole() throws Exception {
        ServerConfig config = new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 2, false,
                new ServerConfig.Access("admin", "a configured secret", 10, 12));

        try (Application application = Application.start(config, CLOCK)) {
            assertThat(get(application, "/ready").statusCode()).isEqualTo(200);
            var persistence = application.persistence();
            assertThat(persistence.transactions().inPlatform(
                    () -> persistence.tenants().findById(TenantId.of("coffee_shop_123")))).isEmpty();
        }
    }

    @Test
    void givenATakenPort_thenTheStartFailsSayingWhatToSetAndReleasesTheDatabase() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> Application.start(embeddedConfig(dataDirectory, taken.getLocalPort()), CLOCK))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("Set PORT");
        }
        // the embedded PostgreSQL was stopped: the same data directory can be used at once
        try (Application again = Application.start(embeddedConfig(dataDirectory, 0), CLOCK)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void givenADataDirectoryThatIsAFile_thenTheStartFailsNamingTheAlternatives() throws IOException {
        Path file = Files.writeString(dataDirectory.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> Application.start(embeddedConfig(file, 0), CLOCK))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("embedded PostgreSQL could not start")
                .hasMessageContaining("DATABASE_URL");
    }
}
