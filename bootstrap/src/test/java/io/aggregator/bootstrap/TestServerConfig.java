package io.aggregator.bootstrap;

import io.aggregator.adapter.postgres.TestDatabase;

/** Server configuration for tests that run the assembled application. */
final class TestServerConfig {
    private TestServerConfig() {
    }

    /** The test PostgreSQL ({@link TestDatabase}) as the server's external database, with its two roles. */
    static ServerConfig.ExternalDatabase testDatabase() {
        TestDatabase database = TestDatabase.get();
        var plan = database.plan();
        return new ServerConfig.ExternalDatabase(database.server().jdbcUrl(plan.database()), plan.ownerRole(),
                plan.ownerPassword(), plan.runtimeRole(), plan.runtimePassword());
    }
}
