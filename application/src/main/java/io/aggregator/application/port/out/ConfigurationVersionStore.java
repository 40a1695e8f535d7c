package io.aggregator.application.port.out;

/**
 * The version of the current tenant's configuration: its settings, its bot settings and its
 * integration settings.
 */
public interface ConfigurationVersionStore {

    /**
     * A number that every change to the tenant's settings, bot settings or integration settings
     * raises (0 before the first), so a copy of them held in memory, on this node or another, can
     * tell whether it is still current.
     */
    long version();
}
