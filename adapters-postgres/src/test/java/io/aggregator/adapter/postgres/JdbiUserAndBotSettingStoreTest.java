package io.aggregator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.TestData;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the PostgreSQL stores have to get right: row locks, and rows the single-tenant system left. */
class JdbiUserAndBotSettingStoreTest {
    private final TestDatabase database = TestDatabase.get();
    private final PostgresPersistence persistence = database.persistence();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private TenantId tenant;

    @BeforeEach
    void aTenant() {
        tenant = TestData.randomTenantId();
        persistence.transactions().inPlatform(() -> {
            persistence.tenants().add(TestData.tenant(tenant));
            return null;
        });
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSecondListForUpdateWaitsForTheFirstTransactionAndReadsWhatItCommitted() throws Exception {
        User anna = TestData.user("anna", Role.ADMIN);
        User bella = TestData.user("bella", Role.ADMIN);
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.users().add(anna);
            persistence.users().add(bella);
        });
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        Future<?> first = threads.submit(() -> persistence.transactions().runInTenant(tenant, () -> {
            persistence.users().listAllForUpdate();
            persistence.users().update(bella.withRole(Role.MANAGER));
            firstHoldsTheLock.countDown();
            awaitUninterruptibly(firstMayCommit);
        }));
        assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        Future<List<User>> second = threads.submit(() -> persistence.transactions()
                .inTenant(tenant, () -> persistence.users().listAllForUpdate()));
        awaitABackendWaitingForALock();
        firstMayCommit.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(second.get(30, TimeUnit.SECONDS)).extracting(User::role).containsExactly(Role.ADMIN, Role.MANAGER);
    }

    /** Asks the server, as superuser, until the second transaction is seen blocked on the first one's row locks. */
    private void awaitABackendWaitingForALock() throws SQLException, InterruptedException {
        DataSource superuser = database.server().superuser(database.plan().database());
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection connection = superuser.getConnection();
             PreparedStatement waiting = connection.prepareStatement("""
                     SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'""")) {
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

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLegacySettingWithoutAValueReadsAsEmptyText() throws SQLException {
        try (Connection connection = database.runtime().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO bot_settings (tenant_id, key, value) VALUES (?, 'greeting', NULL)")) {
                bind.setString(1, tenant.value());
                bind.executeQuery().close();
                insert.setString(1, tenant.value());
                insert.executeUpdate();
            }
            connection.commit();
        }

        assertThat(persistence.transactions().inTenant(tenant, () -> persistence.botSettings().get("greeting")))
                .contains("");
        assertThat(persistence.transactions().inTenant(tenant, () -> persistence.botSettings().listAll()))
                .containsExactly(Map.entry("greeting", ""));
    }
}
