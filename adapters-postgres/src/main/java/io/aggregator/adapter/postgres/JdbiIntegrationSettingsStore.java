package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.domain.integration.IntegrationSettings;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

final class JdbiIntegrationSettingsStore implements IntegrationSettingsStore {
    private final TenantStatements sql;

    JdbiIntegrationSettingsStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public Optional<StoredIntegration> load() {
        return sql.query("""
                        SELECT ai_webhook_url, delivery_webhook_url, history_messages, faq_candidates, sealed_secret,
                               sealed_previous_secret, previous_secret_valid_until, secret_rotated_at, updated_at
                        FROM integration_settings WHERE tenant_id = :tenant""")
                .map((row, context) -> toIntegration(row))
                .findOne();
    }

    @Override
    public void save(StoredIntegration integration) {
        IntegrationSettings settings = integration.settings();
        SealedSecrets secrets = integration.secrets();
        SqlErrors.translate(() -> sql.update("""
                        INSERT INTO integration_settings (tenant_id, ai_webhook_url, delivery_webhook_url,
                            history_messages, faq_candidates, sealed_secret, sealed_previous_secret,
                            previous_secret_valid_until, secret_rotated_at, updated_at)
                        VALUES (:tenant, :ai, :delivery, :history, :candidates, :secret, :previous, :previousUntil,
                            :rotatedAt, :updatedAt)
                        ON CONFLICT (tenant_id) DO UPDATE SET ai_webhook_url = EXCLUDED.ai_webhook_url,
                            delivery_webhook_url = EXCLUDED.delivery_webhook_url,
                            history_messages = EXCLUDED.history_messages, faq_candidates = EXCLUDED.faq_candidates,
                            sealed_secret = EXCLUDED.sealed_secret,
                            sealed_previous_secret = EXCLUDED.sealed_previous_secret,
                            previous_secret_valid_until = EXCLUDED.previous_secret_valid_until,
                            secret_rotated_at = EXCLUDED.secret_rotated_at, updated_at = EXCLUDED.updated_at""")
                .bind("ai", settings.aiWebhookUrl().map(URI::toString).orElse(null))
                .bind("delivery", settings.deliveryWebhookUrl().map(URI::toString).orElse(null))
                .bind("history", settings.historyMessages())
                .bind("candidates", settings.faqCandidates())
                .bind("secret", secrets.current())
                .bind("previous", secrets.previous())
                .bind("previousUntil", Columns.utc(secrets.previousValidUntil()))
                .bind("rotatedAt", Columns.utc(secrets.rotatedAt()))
                .bind("updatedAt", Columns.utc(integration.updatedAt()))
                .execute());
    }

    private static StoredIntegration toIntegration(ResultSet row) throws SQLException {
        IntegrationSettings settings = new IntegrationSettings(url(row, "ai_webhook_url"),
                url(row, "delivery_webhook_url"), row.getInt("history_messages"), row.getInt("faq_candidates"));
        SealedSecrets secrets = new SealedSecrets(row.getString("sealed_secret"),
                row.getString("sealed_previous_secret"), Columns.instant(row, "previous_secret_valid_until"),
                Columns.instant(row, "secret_rotated_at"));
        return new StoredIntegration(settings, secrets, Columns.instant(row, "updated_at"));
    }

    private static Optional<URI> url(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column)).map(URI::create);
    }
}
