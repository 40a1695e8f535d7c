package io.aggregator.domain.archviolation;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/** Deliberately reaches for the database from the domain, to show that the rules catch it. */
public final class DomainClassUsingJdbc {
    public Connection open(Jdbi jdbi) throws SQLException {
        return jdbi.open().getConnection();
    }
}
