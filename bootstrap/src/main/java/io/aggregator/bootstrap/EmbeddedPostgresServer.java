package io.aggregator.bootstrap;

import io.aggregator.bootstrap.ServerConfig.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 run by the server itself, for a first run, demos and small shops. It listens on the
 * loopback interface only; its data directory survives restarts.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean created;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean created) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.created = created;
    }

    static EmbeddedPostgresServer start(EmbeddedDatabase settings) {
        Path dataDirectory = settings.dataDirectory().resolve("postgres");
        boolean created = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        try {
            Files.createDirectories(settings.dataDirectory());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // binaries beside the data: /tmp may be mounted noexec or cleaned while running
                    .setOverrideWorkingDirectory(settings.dataDirectory().resolve("postgres-binaries").toFile())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("timezone", "UTC")
                    // The library's defaults are for tests: it starts PostgreSQL without fsync and
                    // without synchronous commits, so an operating-system crash or a power cut could
                    // lose messages the server had answered 2xx for, or corrupt the whole database.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (settings.port() != 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.debug("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(postgres, dataDirectory, created);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("the embedded PostgreSQL could not start with its data in " + dataDirectory
                    + ": " + rootMessage(e) + ". PostgreSQL refuses to run as root and needs a writable data "
                    + "directory that no other server is using. Run as an ordinary user, set DATA_DIR to another "
                    + "directory, or set DATABASE_URL (with DATABASE_USER, DATABASE_PASSWORD, DATABASE_APP_USER "
                    + "and DATABASE_APP_PASSWORD) to use an external PostgreSQL.", e);
        }
    }

    DataSource superuser(String database) {
        return postgres.getDatabase(SUPERUSER, database);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** True if this start initialised a new, empty data directory. */
    boolean created() {
        return created;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("the embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
