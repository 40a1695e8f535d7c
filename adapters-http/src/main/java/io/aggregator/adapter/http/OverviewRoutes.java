package io.aggregator.adapter.http;

import io.aggregator.application.port.in.ReadTenantOverviewUseCase;
import io.aggregator.application.port.out.OverviewPage;
import io.aggregator.application.port.out.OverviewQuery;
import io.aggregator.application.port.out.TenantOverview;
import io.aggregator.domain.ValidationException;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** The tenants' numbers: every tenant for the platform admin, one tenant for its admins. */
final class OverviewRoutes {

    record OverviewJson(String tenantId, String displayName, String status, String systemMessage,
                        String handoverMode, long totalChats, long totalMessages, long totalFaqs, long totalUsers,
                        Instant lastUpdated) {
        static OverviewJson of(TenantOverview row) {
            return new OverviewJson(row.tenantId().value(), row.displayName(), row.status().code(),
                    row.systemMessage(), row.handoverMode().code(), row.chats(), row.messages(), row.activeFaqs(),
                    row.users(), row.lastUpdated());
        }
    }

    record TotalsJson(long chats, long messages, long faqs, long users) {
    }

    record PageJson(List<OverviewJson> items, long total, TotalsJson totals, int limit, int offset) {
    }

    private final ReadTenantOverviewUseCase overview;

    OverviewRoutes(ReadTenantOverviewUseCase overview) {
        this.overview = overview;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/overview", Access.PLATFORM_ADMIN, this::allTenants);
        routes.get("/api/v1/tenants/{tenant}/overview", Access.TENANT_OR_PLATFORM_ADMIN,
                ctx -> ctx.json(OverviewJson.of(overview.tenant(Requests.tenant(ctx)))));
    }

    private void allTenants(Context ctx) {
        String sort = ctx.queryParam("sort");
        OverviewQuery query = new OverviewQuery(
                sort == null ? OverviewQuery.Sort.TENANT_ID : OverviewQuery.Sort.fromCode(sort),
                descending(ctx.queryParam("order")),
                Requests.intQuery(ctx, "limit", 50, 1, OverviewQuery.MAX_LIMIT),
                Requests.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE));
        OverviewPage page = overview.allTenants(query);
        OverviewPage.Totals totals = page.totals();
        ctx.json(new PageJson(page.items().stream().map(OverviewJson::of).toList(), page.total(),
                new TotalsJson(totals.chats(), totals.messages(), totals.activeFaqs(), totals.users()),
                query.limit(), query.offset()));
    }

    private static boolean descending(String order) {
        if (order == null || order.equals("asc")) {
            return false;
        }
        if (order.equals("desc")) {
            return true;
        }
        throw ValidationException.of("order", "must be asc or desc; got '" + order + "'");
    }
}
