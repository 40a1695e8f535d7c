package io.aggregator.adapter.postgres;

import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Statements of tenant-owned stores, in the running tenant transaction, with {@code :tenant} already
 * bound to its tenant. Every such statement filters on it, besides row-level security.
 */
final class TenantStatements {
    private final JdbiTransactions transactions;

    TenantStatements(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    Query query(String sql) {
        return transactions.handle().createQuery(sql).bind("tenant", transactions.tenant().value());
    }

    Update update(String sql) {
        return transactions.handle().createUpdate(sql).bind("tenant", transactions.tenant().value());
    }
}
