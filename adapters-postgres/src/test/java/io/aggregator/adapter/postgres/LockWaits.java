package io.aggregator.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** For tests of row locks: one transaction holds them, the test sees another come to wait. */
final class LockWaits {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LockWaits() {
    }

    /**
     * Asks the server, as superuser, until a session of the test database is seen waiting for a row
     * lock taken by a {@code SELECT ... FOR [NO KEY] UPDATE}.
     */
    static void awaitABackendWaitingForALock(TestDatabase database) throws SQLException, InterruptedException {
        DataSource superuser = database.server().superuser(database.plan().database());
        Instant giveUp = Instant.now().plus(PATIENCE);
        try (Connection connection = superuser.getConnection();
             PreparedStatement waiting = connection.prepareStatement("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR %UPDATE%'""")) {
            while (true) {
                try (ResultSet result = waiting.executeQuery()) {
                    result.next();
                    if (result.getLong(1) > 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("the second transaction never waited for the first one's locks");
                }
                Thread.sleep(20);
            }
        }
    }

    /** Waits, in a transaction holding locks, until the test lets it go on. */
    static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
