package io.aggregator.application.port.in;

import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantSettings;
import java.util.Map;

/** Reading and changing a tenant's AI settings. */
public interface ManageTenantSettingsUseCase {

    /**
     * A partial change: null fields stay. In {@code thresholds}, a key mapped to null is removed and
     * any other key is set (a JSON merge patch on the thresholds object).
     */
    record SettingsPatch(String systemMessage, HandoverMode handoverMode, Language language,
                         Map<String, Object> thresholds) {
    }

    /** @throws NotFoundException if there is no such tenant */
    TenantSettings get(TenantId tenant);

    TenantSettings replace(TenantId tenant, TenantSettings settings);

    TenantSettings patch(TenantId tenant, SettingsPatch patch);
}
