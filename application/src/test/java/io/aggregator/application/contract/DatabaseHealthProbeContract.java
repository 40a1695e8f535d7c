package io.aggregator.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public abstract class DatabaseHealthProbeContract extends StoreContract {

    @Test
    void aWorkingDatabaseIsReachableAndCurrent() {
        var health = ports.health().probe();

        assertThat(health.reachable()).isTrue();
        assertThat(health.schemaCurrent()).isTrue();
        assertThat(health.detail()).isNotBlank();
    }
}
