package io.aggregator.bootstrap;

import io.aggregator.adapter.postgres.PostgresNotifications;
import io.aggregator.application.port.in.SendOutboxUseCase;
import io.aggregator.application.port.out.ClaimedWork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's outbox workers: one thread claims due work as long as a sender is free and hands each
 * entry to a sender thread. It wakes when any node commits new work (LISTEN/NOTIFY on the outbox's
 * channel), when a sender finishes, and at least every {@link #POLL}, so a lost notification or a
 * retry that has come due only waits that long.
 */
final class OutboxDispatcher implements AutoCloseable {
    /** The channel the outbox's insert trigger notifies. */
    static final String CHANNEL = "aggregator_outbox";
    static final Duration POLL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final SendOutboxUseCase outbox;
    private final PostgresNotifications notifications;
    private final ExecutorService senders;
    private final Semaphore freeSenders;
    private final Thread claimer;
    private final Object wake = new Object();
    private boolean woken;
    private volatile boolean closed;

    OutboxDispatcher(SendOutboxUseCase outbox, PostgresNotifications notifications, int senderThreads) {
        this.outbox = outbox;
        this.notifications = notifications;
        AtomicInteger numbers = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(senderThreads, runnable -> daemon(runnable,
                "outbox-sender-" + numbers.incrementAndGet()));
        this.freeSenders = new Semaphore(senderThreads);
        this.claimer = daemon(this::claimWhileOpen, "outbox-claimer");
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    OutboxDispatcher start() {
        notifications.listen(payload -> wake());
        claimer.start();
        return this;
    }

    private void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void claimWhileOpen() {
        while (!closed) {
            boolean mayBeMore = false;
            int free = freeSenders.availablePermits();
            if (free > 0) {
                try {
                    List<ClaimedWork> claimed = outbox.claim(free);
                    claimed.forEach(this::hand);
                    mayBeMore = claimed.size() == free;
                } catch (RuntimeException e) {
                    // the database restarting, say: the next round tries again
                    LOG.warn("claiming outbox work failed: {}", e.getMessage());
                }
            }
            if (!mayBeMore) {
                sleepUntilWoken();
            }
        }
    }

    private void hand(ClaimedWork work) {
        freeSenders.acquireUninterruptibly();
        senders.execute(() -> {
            try {
                outbox.send(work);
            } finally {
                freeSenders.release();
                wake();
            }
        });
    }

    private void sleepUntilWoken() {
        synchronized (wake) {
            if (!woken && !closed) {
                try {
                    wake.wait(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
            woken = false;
        }
    }

    /**
     * Stops claiming and gives the sends under way a moment to finish; one that does not is recorded
     * as a failed attempt, or, if the process ends first, claimed again when its lease runs out.
     */
    @Override
    public void close() {
        closed = true;
        wake();
        notifications.close();
        senders.shutdown();
        try {
            claimer.join(TimeUnit.SECONDS.toMillis(5));
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
