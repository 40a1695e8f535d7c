package io.aggregator.adapter.http;

import io.aggregator.application.port.in.CheckReadinessUseCase;
import io.aggregator.application.port.in.CheckReadinessUseCase.Readiness;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Probes for load balancers and orchestrators: {@code /health} says the process runs, {@code /ready}
 * says it can serve (database reachable, schema current) and answers 503 when it cannot.
 */
final class HealthRoutes {
    record Health(String status) {
    }

    record DatabaseCheck(boolean reachable, boolean schemaCurrent, String detail) {
    }

    record ReadinessAnswer(String status, DatabaseCheck database) {
    }

    private final CheckReadinessUseCase readiness;

    HealthRoutes(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(new Health("up")));
        routes.get("/ready", this::ready);
    }

    private void ready(Context ctx) {
        Readiness result = readiness.checkReadiness();
        ctx.status(result.ready() ? 200 : 503).json(new ReadinessAnswer(result.ready() ? "ready" : "not_ready",
                new DatabaseCheck(result.databaseReachable(), result.schemaCurrent(), result.detail())));
    }
}
