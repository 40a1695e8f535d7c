package io.aggregator.application.port.out;

import io.aggregator.domain.tenant.TenantSettings;
import java.util.Optional;

/** Loads and stores the current tenant's settings. */
public interface TenantSettingsStore {

    Optional<TenantSettings> load();

    /** Inserts the settings or replaces the stored ones. */
    void save(TenantSettings settings);
}
