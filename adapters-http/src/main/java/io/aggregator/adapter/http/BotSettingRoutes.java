package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ManageBotSettingsUseCase;
import io.aggregator.domain.tenant.BotSetting;
import io.aggregator.domain.tenant.BotSettingKey;
import io.javalin.http.Context;

/**
 * The single-tenant system's key/value settings of a tenant, for its admins. Keys travel in the path,
 * percent-encoded (legacy keys hold spaces: {@code system%20message%20for%20ai}); the list is a plain
 * JSON object from key to value, so its keys are never renamed to snake_case.
 */
final class BotSettingRoutes {
    private static final String SETTINGS = "/api/v1/tenants/{tenant}/bot-settings";
    private static final String SETTING = SETTINGS + "/{key}";

    record BotSettingJson(String key, String value) {
        static BotSettingJson of(BotSetting setting) {
            return new BotSettingJson(setting.key().value(), setting.value());
        }
    }

    record NewValue(String value) {
    }

    private final ManageBotSettingsUseCase settings;

    BotSettingRoutes(ManageBotSettingsUseCase settings) {
        this.settings = settings;
    }

    void register(ApiRoutes routes) {
        routes.get(SETTINGS, Access.TENANT_ADMIN, ctx -> ctx.json(settings.list(Requests.tenant(ctx))));
        routes.get(SETTING, Access.TENANT_ADMIN, ctx -> ctx.json(BotSettingJson.of(
                settings.get(Requests.tenant(ctx), existingKey(ctx)))));
        routes.put(SETTING, Access.TENANT_ADMIN, this::put);
        routes.delete(SETTING, Access.TENANT_ADMIN, ctx -> {
            settings.delete(Requests.tenant(ctx), existingKey(ctx));
            ctx.status(204);
        });
    }

    /** A key that could never have been stored is simply not there. */
    private static BotSettingKey existingKey(Context ctx) {
        return Requests.pathId(ctx, "key", BotSettingKey::of);
    }

    /** Here the key is input: one that cannot be stored is invalid, and the answer says why. */
    private void put(Context ctx) {
        BotSettingKey key = BotSettingKey.of(ctx.pathParam("key"));
        NewValue body = Requests.body(ctx, NewValue.class);
        ctx.json(BotSettingJson.of(settings.put(Requests.tenant(ctx), new BotSetting(key, body.value()))));
    }
}
