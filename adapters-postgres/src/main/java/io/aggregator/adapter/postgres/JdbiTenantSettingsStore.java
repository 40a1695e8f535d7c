package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.Optional;

final class JdbiTenantSettingsStore implements TenantSettingsStore {
    private final TenantStatements sql;

    JdbiTenantSettingsStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public Optional<TenantSettings> load() {
        return sql.query("""
                        SELECT system_message, handover_mode, language, thresholds::text AS thresholds
                        FROM tenant_settings WHERE tenant_id = :tenant""")
                .map((row, context) -> new TenantSettings(row.getString("system_message"),
                        HandoverMode.fromCode(row.getString("handover_mode")),
                        Language.fromCode(row.getString("language")),
                        JsonColumns.thresholds(row.getString("thresholds"))))
                .findOne();
    }

    @Override
    public void save(TenantSettings settings) {
        SqlErrors.translate(() -> sql.update("""
                        INSERT INTO tenant_settings (tenant_id, system_message, handover_mode, language, thresholds)
                        VALUES (:tenant, :systemMessage, :handoverMode, :language, CAST(:thresholds AS jsonb))
                        ON CONFLICT (tenant_id) DO UPDATE SET
                            system_message = EXCLUDED.system_message,
                            handover_mode = EXCLUDED.handover_mode,
                            language = EXCLUDED.language,
                            thresholds = EXCLUDED.thresholds,
                            updated_at = now()""")
                .bind("systemMessage", settings.systemMessage())
                .bind("handoverMode", settings.handoverMode().code())
                .bind("language", settings.language().code())
                .bind("thresholds", JsonColumns.thresholds(settings.thresholds()))
                .execute());
    }
}
