package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps what it committed: a commit waits until it is on the disk. */
class EmbeddedPostgresServerTest {
    @TempDir
    Path dataDirectory;

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    @Test
    void aCommitIsDurable() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new ServerConfig.EmbeddedDatabase(dataDirectory, 0));
             Connection connection = server.superuser("postgres").getConnection()) {
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }
}
