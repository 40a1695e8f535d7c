package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ManageIntegrationKeysUseCase;
import io.aggregator.application.port.in.ManageIntegrationKeysUseCase.CreatedKey;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** A tenant's integration keys, for its admins. The full key appears in one answer only: its creation. */
final class IntegrationKeyRoutes {
    private static final String KEYS = "/api/v1/tenants/{tenant}/integration-keys";

    record NewKeyRequest(String name) {
    }

    record CreatedKeyJson(String id, String name, String prefix, String key, Instant createdAt) {
        static CreatedKeyJson of(CreatedKey created) {
            IntegrationKey key = created.key();
            return new CreatedKeyJson(key.id().toString(), key.name(), key.prefix(), created.secret(), key.createdAt());
        }
    }

    record KeyJson(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static KeyJson of(IntegrationKey key) {
            return new KeyJson(key.id().toString(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt(),
                    key.revokedAt());
        }
    }

    record KeyList(List<KeyJson> items) {
    }

    private final ManageIntegrationKeysUseCase keys;

    IntegrationKeyRoutes(ManageIntegrationKeysUseCase keys) {
        this.keys = keys;
    }

    void register(ApiRoutes routes) {
        routes.post(KEYS, Access.TENANT_OR_PLATFORM_ADMIN, this::create);
        routes.get(KEYS, Access.TENANT_OR_PLATFORM_ADMIN, ctx -> ctx.json(new KeyList(
                keys.list(Requests.tenant(ctx)).stream().map(KeyJson::of).toList())));
        routes.post(KEYS + "/{key_id}/revoke", Access.TENANT_OR_PLATFORM_ADMIN, ctx -> ctx.json(KeyJson.of(
                keys.revoke(Requests.tenant(ctx), Requests.pathId(ctx, "key_id", IntegrationKeyId::parse)))));
    }

    private void create(Context ctx) {
        NewKeyRequest request = Requests.body(ctx, NewKeyRequest.class);
        CreatedKey created = keys.create(Requests.caller(ctx), Requests.tenant(ctx), request.name());
        // the answer holds a working secret: no cache along the way may keep it
        ctx.status(201).header("Cache-Control", "no-store").json(CreatedKeyJson.of(created));
    }
}
