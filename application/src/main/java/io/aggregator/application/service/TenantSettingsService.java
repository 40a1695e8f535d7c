package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageTenantSettingsUseCase;
import io.aggregator.application.port.out.TenantSettingsStore;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tenant's settings; a tenant without stored settings has the defaults. */
public final class TenantSettingsService implements ManageTenantSettingsUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final TenantSettingsStore settings;

    public TenantSettingsService(Transactions transactions, TenantStore tenants, TenantSettingsStore settings) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.settings = settings;
    }

    @Override
    public TenantSettings get(TenantId tenant) {
        return transactions.inTenant(tenant, () -> current(tenant));
    }

    @Override
    public TenantSettings replace(TenantId tenant, TenantSettings replacement) {
        return transactions.inTenant(tenant, () -> {
            current(tenant);
            settings.save(replacement);
            return replacement;
        });
    }

    @Override
    public TenantSettings patch(TenantId tenant, SettingsPatch patch) {
        return transactions.inTenant(tenant, () -> {
            TenantSettings now = current(tenant);
            TenantSettings patched = new TenantSettings(
                    patch.systemMessage() == null ? now.systemMessage() : patch.systemMessage(),
                    patch.handoverMode() == null ? now.handoverMode() : patch.handoverMode(),
                    patch.language() == null ? now.language() : patch.language(),
                    patch.thresholds() == null ? now.thresholds() : merge(now.thresholds(), patch.thresholds()));
            settings.save(patched);
            return patched;
        });
    }

    private static Thresholds merge(Thresholds current, Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(current.asMap());
        changes.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return Thresholds.fromMap(merged);
    }

    /** Must run inside the tenant's transaction. */
    private TenantSettings current(TenantId tenant) {
        ExistingTenant.require(tenants, tenant);
        return settings.load().orElse(TenantSettings.defaults());
    }
}
