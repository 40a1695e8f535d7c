package io.aggregator.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The server's outbox as the benchmarks watch it, read as the database's superuser. */
final class Outbox {
    private Outbox() {
    }

    /**
     * Entries (AI requests and deliveries) still waiting for the server's workers: how far they lag
     * behind. The ceiling's pgbench scripts park their own entries an hour ahead, beyond any retry or
     * lease of the server's, so that the workers leave them alone; those are not counted.
     */
    static long pending(ServerProcess server) throws SQLException {
        try (Connection superuser = server.superuser(); Statement statement = superuser.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM outbox WHERE status = 'pending' "
                     + "AND next_attempt_at < now() + interval '30 minutes'")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The entries by kind and status, and one failure's reason where some failed. */
    static String summary(ServerProcess server) throws SQLException {
        try (Connection superuser = server.superuser(); Statement statement = superuser.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT kind, status, count(*), max(last_error) FROM outbox GROUP BY kind, status ORDER BY 1, 2""")) {
            StringBuilder summary = new StringBuilder();
            while (rows.next()) {
                summary.append(String.format("%s %s %,d%s; ", rows.getString(1), rows.getString(2), rows.getLong(3),
                        rows.getString(4) == null ? "" : " (" + rows.getString(4) + ")"));
            }
            return summary.toString();
        }
    }

    /** Until nothing waits (the workers caught up with the load), or {@code patience} has passed. */
    static void awaitEmpty(ServerProcess server, Duration patience) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && pending(server) > 0) {
            Thread.sleep(100);
        }
    }
}
