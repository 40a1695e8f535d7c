package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.inmemory.InMemoryDatabaseHealthProbe;
import io.aggregator.application.port.out.DatabaseHealthProbe.DatabaseHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {
    private TestApi api;
    private InMemoryDatabaseHealthProbe database;
    private HttpClientForTests http;

    @BeforeEach
    void start() {
        api = new TestApi();
        database = (InMemoryDatabaseHealthProbe) api.ports.health();
        http = api.http;
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void healthSaysTheProcessIsUp() {
        var answer = http.get("/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body().path("status").asText()).isEqualTo("up");
    }

    @Test
    void givenAHealthyDatabase_thenReady() {
        var answer = http.get("/ready");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asText()).isEqualTo("ready");
        assertThat(answer.body().path("database").path("schema_current").asBoolean()).isTrue();
    }

    @Test
    void givenPendingMigrations_thenNotReadyWith503() {
        database.set(new DatabaseHealth(true, false, "1 changesets not applied: [002-faqs]"));

        var answer = http.get("/ready");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body().path("status").asText()).isEqualTo("not_ready");
        assertThat(answer.body().path("database").path("reachable").asBoolean()).isTrue();
        assertThat(answer.body().path("database").path("detail").asText()).contains("002-faqs");
    }

    @Test
    void givenAnUnreachableDatabase_thenNotReady() {
        database.set(new DatabaseHealth(false, false, "database unreachable: Connection refused"));

        assertThat(http.get("/ready").status()).isEqualTo(503);
    }
}
