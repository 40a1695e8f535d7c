package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ReceivedWebhookStore;
import java.time.Duration;
import java.time.Instant;

final class JdbiReceivedWebhookStore implements ReceivedWebhookStore {
    /** Twice the callbacks' timestamp tolerance: a replay after that is refused by its timestamp. */
    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);

    private final TenantStatements sql;

    JdbiReceivedWebhookStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public boolean remember(String webhookId, Instant receivedAt) {
        sql.update("DELETE FROM received_webhooks WHERE tenant_id = :tenant AND received_at < :forgotten")
                .bind("forgotten", Columns.utc(receivedAt.minus(REMEMBERED_FOR)))
                .execute();
        // a racing copy of the same callback waits for the first to commit, then inserts nothing
        return sql.update("""
                        INSERT INTO received_webhooks (tenant_id, webhook_id, received_at)
                        VALUES (:tenant, :id, :at) ON CONFLICT DO NOTHING""")
                .bind("id", webhookId)
                .bind("at", Columns.utc(receivedAt))
                .execute() == 1;
    }
}
