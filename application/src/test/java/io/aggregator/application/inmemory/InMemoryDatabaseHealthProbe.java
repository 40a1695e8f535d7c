package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.DatabaseHealthProbe;

/** Healthy until a test says otherwise. */
public final class InMemoryDatabaseHealthProbe implements DatabaseHealthProbe {
    private volatile DatabaseHealth health = new DatabaseHealth(true, true, "in-memory");

    @Override
    public DatabaseHealth probe() {
        return health;
    }

    public void set(DatabaseHealth newHealth) {
        this.health = newHealth;
    }
}
