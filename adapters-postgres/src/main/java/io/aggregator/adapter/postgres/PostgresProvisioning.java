package io.aggregator.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Creates the two roles and the database the server needs, where it is allowed to: on the embedded
 * database and in tests, with a superuser connection. The owner role owns the tables and runs the
 * migrations; the runtime role only reads and writes rows and is bound by row-level security.
 */
public final class PostgresProvisioning {

    /** What to create. Passwords may be null where the server trusts local connections. */
    public record Plan(String database, String ownerRole, String ownerPassword, String runtimeRole,
                       String runtimePassword) {
        public Plan {
            PostgresRoleName.check(database);
            PostgresRoleName.check(ownerRole);
            PostgresRoleName.check(runtimeRole);
            if (ownerRole.equals(runtimeRole)) {
                throw new IllegalArgumentException("the owner and the runtime role must differ: the runtime role "
                        + "must own nothing, or row-level security would not bind it");
            }
        }
    }

    private PostgresProvisioning() {
    }

    /**
     * Creates whatever is missing and leaves what exists; safe on every start.
     *
     * @param superuser      a connection to the cluster's maintenance database as a superuser
     * @param superuserForDb the same superuser, connected to the named database
     */
    public static void provision(DataSource superuser, Function<String, DataSource> superuserForDb, Plan plan) {
        try {
            try (Connection connection = superuser.getConnection()) {
                ensureRole(connection, plan.ownerRole(), plan.ownerPassword());
                ensureRole(connection, plan.runtimeRole(), plan.runtimePassword());
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", plan.database())) {
                    execute(connection, "CREATE DATABASE " + plan.database() + " OWNER " + plan.ownerRole()
                            + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
            try (Connection connection = superuserForDb.apply(plan.database()).getConnection()) {
                execute(connection, "REVOKE ALL ON DATABASE " + plan.database() + " FROM PUBLIC");
                execute(connection, "GRANT CONNECT, TEMPORARY ON DATABASE " + plan.database() + " TO "
                        + plan.ownerRole() + ", " + plan.runtimeRole());
                // before PostgreSQL 15 everyone could create objects in public; the owner alone may
                execute(connection, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                execute(connection, "ALTER SCHEMA public OWNER TO " + plan.ownerRole());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database roles and database: " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Connection connection, String role, String password) throws SQLException {
        // no superuser, no BYPASSRLS, no CREATEROLE: neither role can step around the policies
        String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
        String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        String sql = verb + " ROLE " + role + attributes + (password == null ? "" : " PASSWORD %L");
        if (password == null) {
            execute(connection, sql);
        } else {
            // format() quotes the password on the server; DDL takes no bind parameters
            try (PreparedStatement format = connection.prepareStatement("SELECT format(?, ?)")) {
                format.setString(1, sql);
                format.setString(2, password);
                try (ResultSet result = format.executeQuery()) {
                    result.next();
                    execute(connection, result.getString(1));
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
