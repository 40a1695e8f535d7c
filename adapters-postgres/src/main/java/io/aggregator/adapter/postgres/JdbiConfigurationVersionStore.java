package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ConfigurationVersionStore;

/** The current tenant's configuration version, raised by triggers on its settings tables. */
final class JdbiConfigurationVersionStore implements ConfigurationVersionStore {
    private final TenantStatements sql;

    JdbiConfigurationVersionStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public long version() {
        return sql.query("SELECT version FROM configuration_versions WHERE tenant_id = :tenant")
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }
}
