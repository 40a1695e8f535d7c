package io.aggregator.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.inmemory.InMemoryDatabaseHealthProbe;
import io.aggregator.application.port.out.DatabaseHealthProbe.DatabaseHealth;
import org.junit.jupiter.api.Test;

class ReadinessServiceTest {
    private final InMemoryDatabaseHealthProbe database = new InMemoryDatabaseHealthProbe();
    private final ReadinessService service = new ReadinessService(database);

    @Test
    void readyWhenTheDatabaseAnswersWithTheCurrentSchema() {
        assertThat(service.checkReadiness().ready()).isTrue();
    }

    @Test
    void notReadyWhileMigrationsAreMissing() {
        database.set(new DatabaseHealth(true, false, "2 changesets not applied"));

        var readiness = service.checkReadiness();
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.databaseReachable()).isTrue();
        assertThat(readiness.detail()).isEqualTo("2 changesets not applied");
    }

    @Test
    void notReadyWhenTheDatabaseIsDown() {
        database.set(new DatabaseHealth(false, false, "connection refused"));

        assertThat(service.checkReadiness().ready()).isFalse();
    }
}
