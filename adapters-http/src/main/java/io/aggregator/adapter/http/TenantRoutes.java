package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ManageTenantsUseCase;
import io.aggregator.application.port.in.ManageTenantsUseCase.ChangeTenant;
import io.aggregator.application.port.in.ManageTenantsUseCase.CreateTenant;
import io.aggregator.application.port.out.TenantPage;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.tenant.TenantStatus;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** The platform admin's tenant directory. */
final class TenantRoutes {
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;

    record TenantJson(String tenantId, String displayName, String status, Integer rateLimitPerMinute,
                      Instant createdAt) {
        static TenantJson of(Tenant tenant) {
            return new TenantJson(tenant.id().value(), tenant.displayName(), tenant.status().code(),
                    tenant.rateLimitPerMinute(), tenant.createdAt());
        }
    }

    record NewTenant(String tenantId, String displayName, SettingsRoutes.SettingsJson settings,
                     Integer rateLimitPerMinute) {
    }

    /** Absent fields stay; {@code rate_limit_per_minute: null} is told apart by {@code reset_rate_limit}. */
    record TenantChange(String displayName, Integer rateLimitPerMinute, Boolean resetRateLimit) {
    }

    record Deletion(String confirm) {
    }

    record TenantList(List<TenantJson> items, String nextCursor) {
    }

    private final ManageTenantsUseCase tenants;

    TenantRoutes(ManageTenantsUseCase tenants) {
        this.tenants = tenants;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/v1/tenants", Access.PLATFORM_ADMIN, this::create);
        routes.get("/api/v1/tenants", Access.PLATFORM_ADMIN, this::list);
        routes.get("/api/v1/tenants/{tenant}", Access.PLATFORM_ADMIN,
                ctx -> ctx.json(TenantJson.of(tenants.get(Requests.tenant(ctx)))));
        routes.patch("/api/v1/tenants/{tenant}", Access.PLATFORM_ADMIN, this::change);
        routes.post("/api/v1/tenants/{tenant}/suspend", Access.PLATFORM_ADMIN,
                ctx -> ctx.json(TenantJson.of(tenants.suspend(Requests.tenant(ctx)))));
        routes.post("/api/v1/tenants/{tenant}/reactivate", Access.PLATFORM_ADMIN,
                ctx -> ctx.json(TenantJson.of(tenants.reactivate(Requests.tenant(ctx)))));
        routes.post("/api/v1/tenants/{tenant}/delete", Access.PLATFORM_ADMIN, this::delete);
    }

    private void create(Context ctx) {
        NewTenant request = Requests.body(ctx, NewTenant.class);
        Tenant created = tenants.create(new CreateTenant(TenantId.of(request.tenantId()), request.displayName(),
                request.settings() == null ? null : request.settings().toDomain(), request.rateLimitPerMinute()));
        ctx.status(201).header("Location", "/api/v1/tenants/" + created.id()).json(TenantJson.of(created));
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        String cursor = ctx.queryParam("cursor");
        int limit = Requests.intQuery(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        TenantPage page = tenants.list(status == null ? null : TenantStatus.fromCode(status),
                cursor == null ? null : TenantId.of(cursor), limit);
        List<TenantJson> items = page.tenants().stream().map(TenantJson::of).toList();
        String next = page.hasMore() ? items.get(items.size() - 1).tenantId() : null;
        ctx.json(new TenantList(items, next));
    }

    private void change(Context ctx) {
        TenantChange change = Requests.body(ctx, TenantChange.class);
        ctx.json(TenantJson.of(tenants.change(Requests.tenant(ctx), new ChangeTenant(change.displayName(),
                change.rateLimitPerMinute(), Boolean.TRUE.equals(change.resetRateLimit())))));
    }

    /** POST with a body rather than DELETE: the confirmation must travel with the request. */
    private void delete(Context ctx) {
        Deletion deletion = Requests.body(ctx, Deletion.class);
        tenants.delete(Requests.tenant(ctx), deletion.confirm());
        ctx.status(204);
    }
}
