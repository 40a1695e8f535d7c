package io.aggregator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.TestData;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A change to a chat starts by locking it, so two changes of one chat at once cannot overwrite each
 * other: the second waits for the first and then reads what it wrote.
 */
class ChatLockingTest {
    private final PostgresPersistence persistence = TestDatabase.get().persistence();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aSecondChangeOfAChatWaitsForTheFirstAndThenReadsIt() throws Exception {
        TenantId tenant = TenantId.of("lock_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
        Chat chat = TestData.chat("locked-1");
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.tenants().add(Tenant.create(tenant, "Lock Shop", TestData.NOW));
            persistence.chats().add(chat);
        });
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> persistence.transactions().runInTenant(tenant, () -> {
            Chat locked = persistence.chats().lockById(chat.id()).orElseThrow();
            persistence.chats().update(new Chat(locked.id(), locked.channel(), locked.channelChatId(),
                    locked.customer(), ChatMode.MANAGER, 0, false, locked.createdAt(), locked.lastMessageAt(),
                    locked.lastCustomerMessageAt()));
            changed.countDown();
            await(commit);
        }));
        assertThat(changed.await(20, TimeUnit.SECONDS)).isTrue();

        Future<Chat> second = threads.submit(() -> persistence.transactions().inTenant(tenant,
                () -> persistence.chats().lockByChannelChatId(chat.channel(), "locked-1").orElseThrow()));
        awaitSomeoneWaitingForALock();
        assertThat(second).as("waits while the first holds the chat").isNotDone();
        commit.countDown();
        first.get(20, TimeUnit.SECONDS);

        assertThat(second.get(20, TimeUnit.SECONDS).mode()).as("reads the first one's change").isEqualTo(ChatMode.MANAGER);
    }

    /** Until PostgreSQL shows a session of the test database waiting for a row lock. */
    private static void awaitSomeoneWaitingForALock() throws Exception {
        TestDatabase database = TestDatabase.get();
        DataSource superuser = database.server().superuser(database.plan().database());
        for (int attempt = 0; attempt < 2_000; attempt++) {
            if (lockWaiters(superuser) > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no transaction came to wait for the chat's lock");
    }

    private static long lockWaiters(DataSource superuser) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
