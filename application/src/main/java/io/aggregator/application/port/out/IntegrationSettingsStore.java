package io.aggregator.application.port.out;

import java.util.Optional;

/** The current tenant's integration settings: one row, absent until first saved. */
public interface IntegrationSettingsStore {

    Optional<StoredIntegration> load();

    /** Creates or replaces the tenant's row. */
    void save(StoredIntegration integration);
}
