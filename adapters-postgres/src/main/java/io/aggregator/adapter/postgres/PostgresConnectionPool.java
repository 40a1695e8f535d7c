package io.aggregator.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools for the server's two roles. */
public final class PostgresConnectionPool {
    private PostgresConnectionPool() {
    }

    public static HikariDataSource open(String name, String jdbcUrl, String user, String password, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(Math.min(2, maxSize));
        // fail fast on a wrong URL or password instead of retrying in the background
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "aggregator");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
