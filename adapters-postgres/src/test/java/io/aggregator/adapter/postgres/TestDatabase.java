package io.aggregator.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL every test of this JVM shares, decided once: {@code TEST_DATABASE_URL} when set (a
 * superuser's JDBC URL, user and password in the URL or in {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}); else a Testcontainers PostgreSQL 17 where Docker runs; else the
 * embedded PostgreSQL 17. In it: a fresh database with its own owner and runtime roles, migrated;
 * on exit, all of it is dropped.
 */
public final class TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase instance;

    /** Where the server is and how a superuser logs in to it. */
    public record Server(String host, int port, String superuser, String superuserPassword) {
        public DataSource connect(String database, String user, String password) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {host});
            dataSource.setPortNumbers(new int[] {port});
            dataSource.setDatabaseName(database);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }

        public DataSource superuser(String database) {
            return connect(database, superuser, superuserPassword);
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private final Server server;
    private final String source;
    private final PostgresProvisioning.Plan plan;
    private final HikariDataSource owner;
    private final HikariDataSource runtime;
    private final Set<String> changesets;
    private final Runnable stopServer;

    private TestDatabase(Server server, String source, Runnable stopServer) {
        this.server = server;
        this.source = source;
        this.stopServer = stopServer;
        String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(5));
        this.plan = new PostgresProvisioning.Plan("agg_test_" + suffix, "agg_owner_" + suffix, randomPassword(),
                "agg_app_" + suffix, randomPassword());
        PostgresProvisioning.provision(server.superuser("postgres"), server::superuser, plan);
        this.owner = PostgresConnectionPool.open("test-owner", server.jdbcUrl(plan.database()), plan.ownerRole(),
                plan.ownerPassword(), 2);
        this.changesets = PostgresMigrations.migrate(owner, plan.runtimeRole());
        this.runtime = PostgresConnectionPool.open("test-runtime", server.jdbcUrl(plan.database()),
                plan.runtimeRole(), plan.runtimePassword(), 8);
        LOG.info("test database {} on {} ({})", plan.database(), server.host() + ":" + server.port(), source);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::drop, "test-database-drop"));
        }
        return instance;
    }

    /** Connections as the runtime role: no ownership, no BYPASSRLS. */
    public DataSource runtime() {
        return runtime;
    }

    public DataSource owner() {
        return owner;
    }

    public Server server() {
        return server;
    }

    public PostgresProvisioning.Plan plan() {
        return plan;
    }

    public Set<String> changesets() {
        return changesets;
    }

    public String source() {
        return source;
    }

    public PostgresPersistence persistence() {
        return PostgresPersistence.create(runtime, changesets);
    }

    private static TestDatabase start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(fromUrl(url), "TEST_DATABASE_URL", () -> { });
        }
        if (dockerMayRun() && DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            Server server = new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword());
            return new TestDatabase(server, "Testcontainers", container::stop);
        }
        EmbeddedPostgres embedded = startEmbedded();
        return new TestDatabase(new Server("localhost", embedded.getPort(), "postgres", null), "embedded PostgreSQL",
                () -> close(embedded));
    }

    private static Server fromUrl(String url) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("TEST_DATABASE_URL is not a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret: " + url);
        }
        String user = System.getenv().getOrDefault("TEST_DATABASE_USER", parsed.getProperty("user", "postgres"));
        String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", parsed.getProperty("password"));
        return new Server(parsed.getProperty("PGHOST").split(",")[0],
                Integer.parseInt(parsed.getProperty("PGPORT").split(",")[0]), user, password);
    }

    /** Asking Testcontainers costs seconds of probing where no Docker engine could be reached at all. */
    private static boolean dockerMayRun() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start; set TEST_DATABASE_URL to a "
                    + "PostgreSQL superuser's JDBC URL instead", e);
        }
    }

    private void drop() {
        runtime.close();
        owner.close();
        try (Connection connection = server.superuser("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + plan.database() + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + plan.ownerRole());
            statement.execute("DROP ROLE IF EXISTS " + plan.runtimeRole());
        } catch (SQLException e) {
            LOG.warn("could not drop test database {}: {}", plan.database(), e.getMessage());
        }
        stopServer.run();
    }

    private static void close(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static String randomPassword() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }
}
