package io.aggregator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.TestData;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
            LockWaits.awaitUninterruptibly(firstMayCommit);
        }));
        assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        Future<List<User>> second = threads.submit(() -> persistence.transactions()
                .inTenant(tenant, () -> persistence.users().listAllForUpdate()));
        LockWaits.awaitABackendWaitingForALock(database);
        firstMayCommit.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(second.get(30, TimeUnit.SECONDS)).extracting(User::role).containsExactly(Role.ADMIN, Role.MANAGER);
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
