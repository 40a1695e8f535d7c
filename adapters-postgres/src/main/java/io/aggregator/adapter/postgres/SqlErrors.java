package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ConflictException;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns the database's refusals into the exceptions the ports promise. */
final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Which unique constraint guards which field, and how to say it was taken. */
    private static final Map<String, String[]> UNIQUE_CONSTRAINTS = Map.of(
            "tenants_pkey", new String[] {"tenant_id", "this tenant id is taken"},
            "chats_channel_chat_key", new String[] {"channel_chat_id", "a chat with this channel chat id exists"},
            "users_username_key", new String[] {"username", "this username is taken in the tenant"},
            "platform_admins_username_key", new String[] {"username", "this username is taken"});

    private SqlErrors() {
    }

    static <T> T translate(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    static void translate(Runnable statement) {
        translate(() -> {
            statement.run();
            return null;
        });
    }

    private static RuntimeException translated(JdbiException failure) {
        if (!(failure.getCause() instanceof PSQLException cause)) {
            return failure;
        }
        ServerErrorMessage detail = cause.getServerErrorMessage();
        String constraint = detail == null ? null : detail.getConstraint();
        if (UNIQUE_VIOLATION.equals(cause.getSQLState()) && UNIQUE_CONSTRAINTS.containsKey(constraint)) {
            String[] fieldAndMessage = UNIQUE_CONSTRAINTS.get(constraint);
            return new ConflictException(fieldAndMessage[0], fieldAndMessage[1]);
        }
        if (FOREIGN_KEY_VIOLATION.equals(cause.getSQLState())) {
            return new IllegalStateException("the row refers to something that does not exist ("
                    + constraint + ")", failure);
        }
        return failure;
    }

}
