package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.DatabaseHealthProbe;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Asks the database itself: does it answer, and has every changeset this server ships been applied? */
final class PostgresHealthProbe implements DatabaseHealthProbe {
    private final Jdbi jdbi;
    private final Set<String> expectedChangesets;

    PostgresHealthProbe(Jdbi jdbi, Set<String> expectedChangesets) {
        this.jdbi = jdbi;
        this.expectedChangesets = Set.copyOf(expectedChangesets);
    }

    @Override
    public DatabaseHealth probe() {
        Set<String> applied;
        try {
            applied = jdbi.withHandle(handle -> new HashSet<>(
                    handle.createQuery("SELECT id FROM databasechangelog").mapTo(String.class).list()));
        } catch (RuntimeException e) {
            return new DatabaseHealth(false, false, "database unreachable: " + e.getMessage());
        }
        Set<String> missing = new HashSet<>(expectedChangesets);
        missing.removeAll(applied);
        return missing.isEmpty()
                ? new DatabaseHealth(true, true, "schema current (" + expectedChangesets.size() + " changesets)")
                : new DatabaseHealth(true, false, missing.size() + " changesets not applied: " + missing);
    }
}
