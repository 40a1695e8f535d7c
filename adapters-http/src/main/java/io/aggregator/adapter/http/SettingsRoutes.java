package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ManageTenantSettingsUseCase;
import io.aggregator.application.port.in.ManageTenantSettingsUseCase.SettingsPatch;
import io.aggregator.domain.Require;
import io.aggregator.domain.tenant.HandoverMode;
import io.aggregator.domain.tenant.Language;
import io.aggregator.domain.tenant.TenantSettings;
import io.aggregator.domain.tenant.Thresholds;
import io.javalin.http.Context;
import java.util.Map;

/** A tenant's AI settings: its admins and the platform admin read and change them. */
final class SettingsRoutes {
    record SettingsJson(String systemMessage, String handoverMode, String language, Map<String, Object> thresholds) {
        static SettingsJson of(TenantSettings settings) {
            return new SettingsJson(settings.systemMessage(), settings.handoverMode().code(),
                    settings.language().code(), settings.thresholds().asMap());
        }

        /** Every field is required when the settings are replaced whole. */
        TenantSettings toDomain() {
            return new TenantSettings(Require.present("system_message", systemMessage),
                    HandoverMode.fromCode(handoverMode), Language.fromCode(language),
                    Thresholds.fromMap(Require.present("thresholds", thresholds)));
        }

        SettingsPatch toPatch() {
            return new SettingsPatch(systemMessage, handoverMode == null ? null : HandoverMode.fromCode(handoverMode),
                    language == null ? null : Language.fromCode(language), thresholds);
        }
    }

    private final ManageTenantSettingsUseCase settings;

    SettingsRoutes(ManageTenantSettingsUseCase settings) {
        this.settings = settings;
    }

    void register(ApiRoutes routes) {
        String path = "/api/v1/tenants/{tenant}/settings";
        routes.get(path, Access.TENANT_OR_PLATFORM_ADMIN,
                ctx -> ctx.json(SettingsJson.of(settings.get(Requests.tenant(ctx)))));
        routes.put(path, Access.TENANT_OR_PLATFORM_ADMIN, this::replace);
        routes.patch(path, Access.TENANT_OR_PLATFORM_ADMIN, this::patch);
    }

    private void replace(Context ctx) {
        TenantSettings replacement = Requests.body(ctx, SettingsJson.class).toDomain();
        ctx.json(SettingsJson.of(settings.replace(Requests.tenant(ctx), replacement)));
    }

    private void patch(Context ctx) {
        SettingsPatch patch = Requests.body(ctx, SettingsJson.class).toPatch();
        ctx.json(SettingsJson.of(settings.patch(Requests.tenant(ctx), patch)));
    }
}
