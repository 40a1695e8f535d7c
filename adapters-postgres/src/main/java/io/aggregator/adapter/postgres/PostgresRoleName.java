package io.aggregator.adapter.postgres;

/**
 * Role, schema and database names go into SQL as identifiers, where no bind parameter can stand in:
 * accept only plain lowercase names so that nothing can be smuggled in.
 */
public final class PostgresRoleName {
    private PostgresRoleName() {
    }

    public static String check(String name) {
        if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a PostgreSQL role, schema or database name must be 1 to 63 "
                    + "lowercase letters, digits and '_', starting with a letter or '_'; got '" + name + "'");
        }
        return name;
    }
}
