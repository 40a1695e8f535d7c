package io.aggregator.application.port.in;

import io.aggregator.domain.tenant.BotSetting;
import io.aggregator.domain.tenant.BotSettingKey;
import io.aggregator.domain.tenant.TenantId;
import java.util.Map;

/** A tenant's legacy key/value settings, kept from the single-tenant system for the tenant's admins. */
public interface ManageBotSettingsUseCase {

    /** Every key and its value, ordered by key. @throws NotFoundException if there is no such tenant */
    Map<String, String> list(TenantId tenant);

    /** @throws NotFoundException if the tenant has no such setting */
    BotSetting get(TenantId tenant, BotSettingKey key);

    /** Creates the setting or replaces its value. */
    BotSetting put(TenantId tenant, BotSetting setting);

    /** @throws NotFoundException if the tenant has no such setting */
    void delete(TenantId tenant, BotSettingKey key);
}
