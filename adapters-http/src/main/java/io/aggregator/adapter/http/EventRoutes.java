package io.aggregator.adapter.http;

import io.javalin.http.sse.SseHandler;

/** The live event stream of a tenant, for its users' browsers. */
final class EventRoutes {
    private final LiveEventBroker broker;

    EventRoutes(LiveEventBroker broker) {
        this.broker = broker;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/tenants/{tenant}/events", Access.TENANT_MEMBER, new SseHandler(client -> {
            var ctx = client.ctx();
            String lastEventId = ctx.header("Last-Event-ID");
            if (lastEventId == null) {
                lastEventId = ctx.queryParam("since");
            }
            broker.subscribe(Requests.tenant(ctx), client, parse(lastEventId));
        }));
    }

    /** A missing or unreadable last id means a fresh start. */
    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
