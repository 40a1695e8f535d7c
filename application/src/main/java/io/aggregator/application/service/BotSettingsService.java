package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageBotSettingsUseCase;
import io.aggregator.application.port.in.NotFoundException;
import io.aggregator.application.port.out.BotSettingStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.tenant.BotSetting;
import io.aggregator.domain.tenant.BotSettingKey;
import io.aggregator.domain.tenant.TenantId;
import java.util.Map;

/** The legacy settings as plain key/value text: nothing here interprets them. */
public final class BotSettingsService implements ManageBotSettingsUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final BotSettingStore settings;

    public BotSettingsService(Transactions transactions, TenantStore tenants, BotSettingStore settings) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.settings = settings;
    }

    @Override
    public Map<String, String> list(TenantId tenant) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return settings.listAll();
        });
    }

    @Override
    public BotSetting get(TenantId tenant, BotSettingKey key) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return settings.get(key.value()).map(value -> new BotSetting(key, value))
                    .orElseThrow(() -> notFound(tenant, key));
        });
    }

    @Override
    public BotSetting put(TenantId tenant, BotSetting setting) {
        return transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            settings.put(setting.key().value(), setting.value());
            return setting;
        });
    }

    @Override
    public void delete(TenantId tenant, BotSettingKey key) {
        transactions.runInTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            if (!settings.delete(key.value())) {
                throw notFound(tenant, key);
            }
        });
    }

    private static NotFoundException notFound(TenantId tenant, BotSettingKey key) {
        return new NotFoundException("no bot setting '" + key + "' in tenant '" + tenant + "'");
    }
}
