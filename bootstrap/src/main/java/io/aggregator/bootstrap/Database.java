package io.aggregator.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.aggregator.adapter.postgres.PostgresConnectionPool;
import io.aggregator.adapter.postgres.PostgresMigrations;
import io.aggregator.adapter.postgres.PostgresNotifications;
import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.adapter.postgres.PostgresProvisioning;
import io.aggregator.bootstrap.ServerConfig.EmbeddedDatabase;
import io.aggregator.bootstrap.ServerConfig.ExternalDatabase;
import java.util.Set;

/**
 * The database the server runs on, migrated and ready: the embedded one, with its roles created
 * here, or an external one whose roles the operator created.
 */
final class Database implements AutoCloseable {
    static final String EMBEDDED_DATABASE = "aggregator";
    static final String EMBEDDED_OWNER = "aggregator_owner";
    static final String EMBEDDED_RUNTIME_ROLE = "aggregator_app";

    /**
     * Connections that LISTEN hold theirs for the server's lifetime: they come from a pool of their
     * own, one per channel, so they never take a connection requests need.
     */
    static final int LISTENING_CHANNELS = 2;

    private final HikariDataSource runtimePool;
    private final HikariDataSource listeningPool;
    private final PostgresPersistence persistence;
    private final EmbeddedPostgresServer embedded;
    private final String description;

    private Database(HikariDataSource runtimePool, HikariDataSource listeningPool, Set<String> changesets,
                     EmbeddedPostgresServer embedded, String description) {
        this.runtimePool = runtimePool;
        this.listeningPool = listeningPool;
        this.persistence = PostgresPersistence.create(runtimePool, changesets);
        this.embedded = embedded;
        this.description = description;
    }

    static Database open(ServerConfig.Database settings, int poolSize) {
        if (settings instanceof EmbeddedDatabase embeddedSettings) {
            return openEmbedded(embeddedSettings, poolSize);
        }
        return openExternal((ExternalDatabase) settings, poolSize);
    }

    private static Database openEmbedded(EmbeddedDatabase settings, int poolSize) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings);
        try {
            // the embedded server trusts local connections, so the roles need no passwords
            PostgresProvisioning.provision(server.superuser("postgres"), server::superuser,
                    new PostgresProvisioning.Plan(EMBEDDED_DATABASE, EMBEDDED_OWNER, null, EMBEDDED_RUNTIME_ROLE, null));
            String url = server.jdbcUrl(EMBEDDED_DATABASE);
            Set<String> changesets = migrate(url, EMBEDDED_OWNER, null, EMBEDDED_RUNTIME_ROLE);
            HikariDataSource pool = pool("runtime", url, EMBEDDED_RUNTIME_ROLE, null, poolSize);
            HikariDataSource listening = pool("listening", url, EMBEDDED_RUNTIME_ROLE, null, LISTENING_CHANNELS);
            String description = "data in " + server.dataDirectory() + (server.created() ? " (new)" : "")
                    + ", embedded PostgreSQL on localhost:" + server.port();
            return new Database(pool, listening, changesets, server, description);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Database openExternal(ExternalDatabase settings, int poolSize) {
        Set<String> changesets = migrate(settings.jdbcUrl(), settings.ownerUser(), settings.ownerPassword(),
                settings.runtimeUser());
        HikariDataSource pool = pool("runtime", settings.jdbcUrl(), settings.runtimeUser(), settings.runtimePassword(),
                poolSize);
        HikariDataSource listening = pool("listening", settings.jdbcUrl(), settings.runtimeUser(),
                settings.runtimePassword(), LISTENING_CHANNELS);
        return new Database(pool, listening, changesets, null, "database " + withoutQuery(settings.jdbcUrl()));
    }

    private static Set<String> migrate(String url, String owner, String password, String runtimeRole) {
        try (HikariDataSource ownerPool = PostgresConnectionPool.open("migrations", url, owner, password, 1)) {
            return PostgresMigrations.migrate(ownerPool, runtimeRole);
        } catch (RuntimeException e) {
            throw new StartupException("the database at " + withoutQuery(url) + " could not be prepared as "
                    + owner + ": " + EmbeddedPostgresServer.rootMessage(e), e);
        }
    }

    private static HikariDataSource pool(String name, String url, String user, String password, int size) {
        try {
            return PostgresConnectionPool.open(name, url, user, password, size);
        } catch (RuntimeException e) {
            throw new StartupException("cannot connect to " + withoutQuery(url) + " as " + user + ": "
                    + EmbeddedPostgresServer.rootMessage(e), e);
        }
    }

    /** URLs may carry passwords in their query; logs must not. */
    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Notifications among the server nodes of this database, over a listening connection. */
    PostgresNotifications notifications(String channel) {
        return new PostgresNotifications(runtimePool, listeningPool, channel);
    }

    PostgresPersistence persistence() {
        return persistence;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        listeningPool.close();
        runtimePool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
