package io.aggregator.adapter.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date. Runs as the owner of the tables; grants the runtime role what it
 * needs and nothing more. Liquibase's lock makes concurrent starts of several nodes safe.
 */
public final class PostgresMigrations {
    static final String CHANGELOG = "db/changelog/changelog.xml";

    private PostgresMigrations() {
    }

    /** Applies every pending changeset; returns the ids of the changesets the schema now must hold. */
    public static Set<String> migrate(DataSource ownerDataSource, String runtimeRole) {
        PostgresRoleName.check(runtimeRole);
        try (Connection connection = ownerDataSource.getConnection()) {
            String schema = currentSchema(connection);
            return Scope.child(java.util.Map.of(Scope.Attr.ui.name(), new liquibase.ui.LoggerUIService()), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                    liquibase.setChangeLogParameter("app_role", runtimeRole);
                    liquibase.setChangeLogParameter("schema", schema);
                    // the summary goes to the log, not straight to standard output
                    liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                    liquibase.update();
                    return versionedChangesets(liquibase);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed", e);
        }
    }

    /** The changesets that run once; the grants run on every start and say nothing about the version. */
    static Set<String> versionedChangesets(Liquibase liquibase) throws LiquibaseException {
        return liquibase.getDatabaseChangeLog().getChangeSets().stream()
                .filter(changeSet -> !changeSet.isAlwaysRun())
                .map(ChangeSet::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("SELECT current_schema()")) {
            result.next();
            return PostgresRoleName.check(result.getString(1));
        }
    }
}
