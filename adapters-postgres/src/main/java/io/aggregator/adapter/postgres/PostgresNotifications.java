package io.aggregator.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's LISTEN/NOTIFY on one channel: how the server nodes of one database tell each other
 * what happened. Listening holds one connection of its own and reconnects when it breaks.
 */
public final class PostgresNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);
    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    public static final int MAX_PAYLOAD_BYTES = 7_900;
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DataSource sending;
    private final DataSource listening;
    private final String channel;
    private volatile boolean closed;
    private Thread listener;

    /**
     * @param sending where a send borrows a connection for a moment
     * @param listening where the listener takes the connection it keeps
     */
    public PostgresNotifications(DataSource sending, DataSource listening, String channel) {
        this.sending = sending;
        this.listening = listening;
        this.channel = PostgresRoleName.check(channel);
    }

    /** Sends at once, outside any transaction. @return false if the payload is too long to send */
    public boolean send(String payload) {
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            return false;
        }
        try (Connection connection = sending.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, payload);
            notify.executeQuery().close();
            return true;
        } catch (SQLException e) {
            LOG.warn("could not notify the other server nodes: {}", e.getMessage());
            return false;
        }
    }

    /** Starts a thread that hands every payload sent on the channel, by any node, to {@code receiver}. */
    public synchronized void listen(Consumer<String> receiver) {
        listener = new Thread(() -> {
            while (!closed) {
                try (Connection connection = listening.getConnection()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("LISTEN " + channel);
                    }
                    PGConnection postgres = connection.unwrap(PGConnection.class);
                    while (!closed) {
                        PGNotification[] received = postgres.getNotifications((int) POLL.toMillis());
                        if (received != null) {
                            for (PGNotification notification : received) {
                                receiver.accept(notification.getParameter());
                            }
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    if (!closed) {
                        LOG.warn("listening for the other server nodes failed, retrying: {}", e.getMessage());
                        sleep();
                    }
                }
            }
        }, "postgres-listen-" + channel);
        listener.setDaemon(true);
        listener.start();
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
