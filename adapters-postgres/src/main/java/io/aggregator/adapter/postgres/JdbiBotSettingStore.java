package io.aggregator.adapter.postgres;

import io.aggregator.application.port.out.BotSettingStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The API never writes NULL, but the single-tenant system's rows may hold one: it reads as empty text. */
final class JdbiBotSettingStore implements BotSettingStore {
    private final TenantStatements sql;

    JdbiBotSettingStore(JdbiTransactions transactions) {
        this.sql = new TenantStatements(transactions);
    }

    @Override
    public Map<String, String> listAll() {
        Map<String, String> settings = new LinkedHashMap<>();
        sql.query("SELECT key, COALESCE(value, '') AS value FROM bot_settings WHERE tenant_id = :tenant "
                        + "ORDER BY key COLLATE \"C\"")
                .map((row, context) -> Map.entry(row.getString("key"), row.getString("value")))
                .forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
        return settings;
    }

    @Override
    public Optional<String> get(String key) {
        return sql.query("SELECT COALESCE(value, '') FROM bot_settings WHERE tenant_id = :tenant AND key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void put(String key, String value) {
        SqlErrors.translate(() -> sql.update("""
                        INSERT INTO bot_settings (tenant_id, key, value) VALUES (:tenant, :key, :value)
                        ON CONFLICT (tenant_id, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()""")
                .bind("key", key)
                .bind("value", value)
                .execute());
    }

    @Override
    public boolean delete(String key) {
        return sql.update("DELETE FROM bot_settings WHERE tenant_id = :tenant AND key = :key")
                .bind("key", key)
                .execute() == 1;
    }
}
