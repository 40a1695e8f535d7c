package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.ReceivedWebhookStore;
import java.time.Instant;

final class JdbiReceivedWebhookStore implements ReceivedWebhookStore {
    private final TenantStatements sql;

    JdbiReceivedWebhookStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public boolean remember(String webhookId, Instant receivedAt) {
        // a racing copy of the same callback waits for the first to commit, then inserts nothing
        return sql.update("""
                        INSERT INTO received_webhooks (tenant_id, webhook_id, received_at)
                        VALUES (:tenant, :id, :at) ON CONFLICT DO NOTHING""")
                .bind("id", webhookId)
                .bind("at", Columns.utc(receivedAt))
                .execute() == 1;
    }
}
