package io.aggregator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.contract.TestData;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.ChatMode;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
            LockWaits.awaitUninterruptibly(commit);
        }));
        assertThat(changed.await(20, TimeUnit.SECONDS)).isTrue();

        Future<Chat> second = threads.submit(() -> persistence.transactions().inTenant(tenant,
                () -> persistence.chats().lockByChannelChatId(chat.channel(), "locked-1").orElseThrow()));
        LockWaits.awaitABackendWaitingForALock(TestDatabase.get());
        assertThat(second).as("waits while the first holds the chat").isNotDone();
        commit.countDown();
        first.get(20, TimeUnit.SECONDS);

        assertThat(second.get(20, TimeUnit.SECONDS).mode()).as("reads the first one's change").isEqualTo(ChatMode.MANAGER);
    }
}
