package io.aggregator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.WorkQueues;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An outbox claim commits without waiting for the disk (a claim lost in a crash is claimed again),
 * and only the claim: other work in a transaction keeps the server's setting, which makes commits
 * durable (the test database itself runs without, for speed, so each test sets it first).
 */
class ClaimDurabilityTest {
    private final PostgresPersistence persistence = TestDatabase.get().persistence();
    private final JdbiTransactions transactions = (JdbiTransactions) persistence.transactions();

    private String synchronousCommit() {
        return transactions.handle().createQuery("SHOW synchronous_commit").mapTo(String.class).one();
    }

    private String synchronousCommitAfter(Runnable work) {
        return transactions.inPlatform(() -> {
            transactions.handle().execute("SET LOCAL synchronous_commit = on");
            work.run();
            return synchronousCommit();
        });
    }

    @Test
    void aClaimsTransactionDoesNotWaitForTheDisk() {
        // a claim of none: the other tests' entries in this database stay where they are
        WorkQueues.Claim claim = new WorkQueues.Claim(UUID.randomUUID(), 0, 4, Duration.ofMinutes(1),
                Duration.ofMinutes(11), Instant.now());

        assertThat(synchronousCommitAfter(() -> persistence.queues().claimOutbox(claim))).isEqualTo("off");
    }

    @Test
    void otherPlatformWorkDoes() {
        assertThat(synchronousCommitAfter(() -> persistence.queues().dueAiTurns(Instant.now(), 1))).isEqualTo("on");
    }
}
