package io.aggregator.application.service;

import io.aggregator.application.port.in.CheckReadinessUseCase;
import io.aggregator.application.port.out.DatabaseHealthProbe;
import io.aggregator.application.port.out.DatabaseHealthProbe.DatabaseHealth;

/** Ready means the database answers and its schema is the one this server was built for. */
public final class ReadinessService implements CheckReadinessUseCase {
    private final DatabaseHealthProbe database;

    public ReadinessService(DatabaseHealthProbe database) {
        this.database = database;
    }

    @Override
    public Readiness checkReadiness() {
        DatabaseHealth health = database.probe();
        return new Readiness(health.reachable() && health.schemaCurrent(), health.reachable(),
                health.schemaCurrent(), health.detail());
    }
}
