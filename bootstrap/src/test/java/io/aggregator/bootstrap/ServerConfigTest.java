package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.bootstrap.ServerConfig.EmbeddedDatabase;
import io.aggregator.bootstrap.ServerConfig.ExternalDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void givenNoVariables_thenTheEmbeddedDatabaseWithDemoDataOnPort8080() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of());

        assertThat(config.http()).isEqualTo(new ServerConfig.Http("0.0.0.0", 8080, 1_000_000, 600, 60, false, 20_000));
        assertThat(config.access()).isEqualTo(ServerConfig.Access.defaults());
        assertThat(config.database()).isEqualTo(new EmbeddedDatabase(Path.of("data").toAbsolutePath(), 0));
        assertThat(config.demoData()).isTrue();
        assertThat(config.databasePoolSize()).isEqualTo(10);
    }

    @Test
    void givenAJdbcDatabaseUrl_thenTheExternalDatabaseWithoutDemoData() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db.internal:5432/aggregator",
                "DATABASE_USER", "aggregator_owner", "DATABASE_PASSWORD", "owner-secret",
                "DATABASE_APP_USER", "aggregator_app", "DATABASE_APP_PASSWORD", "app-secret",
                "PORT", "9000", "DEMO_DATA", "no"));

        assertThat(config.database()).isEqualTo(new ExternalDatabase("jdbc:postgresql://db.internal:5432/aggregator",
                "aggregator_owner", "owner-secret", "aggregator_app", "app-secret"));
        assertThat(config.database().toString()).doesNotContain("secret");
        assertThat(config.http().port()).isEqualTo(9000);
        assertThat(config.demoData()).isFalse();
    }

    @Test
    void givenALibpqUrl_thenItsCredentialsAreTheOwners() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "postgresql://owner:p%40ss@db.internal:6432/agg?sslmode=require",
                "DATABASE_APP_USER", "aggregator_app"));

        ExternalDatabase database = (ExternalDatabase) config.database();
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6432/agg?sslmode=require");
        assertThat(database.ownerUser()).isEqualTo("owner");
        assertThat(database.ownerPassword()).isEqualTo("p@ss");
    }

    @Test
    void givenBadValues_thenEveryProblemIsReportedByName() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of(
                "PORT", "70000", "DATABASE_POOL_SIZE", "many", "DEMO_DATA", "maybe")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "PORT must be a whole number between 0 and 65535, got '70000'",
                        "DATABASE_POOL_SIZE must be a whole number between 1 and 500, got 'many'",
                        "DEMO_DATA must be true or false, got 'maybe'"));
    }

    @Test
    void givenAMalformedDatabaseUrl_thenItIsRefused() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("DATABASE_URL", "mysql://db/x")))
                .hasMessageContaining("DATABASE_URL is not a PostgreSQL URL");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://:x/")))
                .hasMessageContaining("DATABASE_URL is not a PostgreSQL URL");
    }

    @Test
    void givenAnExternalDatabase_thenTheRuntimeRoleIsRequiredAndMustNotBeTheOwner() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db/agg", "DATABASE_USER", "owner")))
                .hasMessageContaining("DATABASE_APP_USER is required");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db/agg", "DATABASE_USER", "owner", "DATABASE_APP_USER", "owner")))
                .hasMessageContaining("DATABASE_APP_USER must differ from DATABASE_USER");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of(
                "DATABASE_URL", "jdbc:postgresql://db/agg", "DATABASE_APP_USER", "app")))
                .hasMessageContaining("DATABASE_USER is required");
    }

    @Test
    void givenTheIntegrationVariables_thenTheyAreTaken() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://aggregator.example.com",
                "WEBHOOK_ALLOWED_NETWORKS", "127.0.0.0/8, 10.0.0.0/8", "SECRET_KEY",
                "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "DATA_DIR", "/var/lib/aggregator",
                "OUTBOX_WORKERS", "16", "OUTBOX_PER_TENANT", "2", "OUTBOX_MAX_ATTEMPTS", "5",
                "OUTBOX_FIRST_RETRY_MS", "500", "OUTBOX_RETENTION_DAYS", "7"));

        ServerConfig.Integration integration = config.integration();
        assertThat(integration.publicUrl()).contains(java.net.URI.create("https://aggregator.example.com"));
        assertThat(integration.allowedNetworks()).containsExactly("127.0.0.0/8", "10.0.0.0/8");
        assertThat(integration.secretKey()).isPresent();
        assertThat(integration.secretKeyFile()).isEqualTo(java.nio.file.Path.of("/var/lib/aggregator/secret.key"));
        assertThat(integration.outboxWorkers()).isEqualTo(16);
        assertThat(integration.outboxPerTenant()).isEqualTo(2);
        assertThat(integration.outboxMaxAttempts()).isEqualTo(5);
        assertThat(integration.outboxFirstRetryDelay()).isEqualTo(java.time.Duration.ofMillis(500));
        assertThat(integration.outboxRetention()).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(integration.toString()).doesNotContain("MDEyMzQ1");
    }

    @Test
    void givenBadIntegrationValues_thenEachIsReportedByName() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PUBLIC_URL", "aggregator.example.com",
                "WEBHOOK_ALLOWED_NETWORKS", "localhost", "SECRET_KEY", "too-short")))
                .hasMessageContaining("PUBLIC_URL")
                .hasMessageContaining("WEBHOOK_ALLOWED_NETWORKS")
                .hasMessageContaining("SECRET_KEY");
    }
}
