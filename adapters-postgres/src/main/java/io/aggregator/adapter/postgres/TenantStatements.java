package io.aggregator.adapter.postgres;

import java.util.Collection;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.statement.PreparedBatch;
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

    /** Runs {@code sql} once per row, sent together; {@code :tenant} is bound in each row, as above. */
    <T> void batch(String sql, Collection<T> rows, BiConsumer<PreparedBatch, T> bindRow) {
        if (rows.isEmpty()) {
            return;
        }
        String tenant = transactions.tenant().value();
        PreparedBatch batch = transactions.handle().prepareBatch(sql);
        for (T row : rows) {
            bindRow.accept(batch, row);
            batch.bind("tenant", tenant).add();
        }
        batch.execute();
    }
}
