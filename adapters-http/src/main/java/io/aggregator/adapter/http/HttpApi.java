package io.aggregator.adapter.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;

/**
 * The HTTP server: probes at the root, the versioned JSON API under {@code /api/v1}, and the web
 * application at {@code /}. Built from the use cases it serves; knows nothing of how they are
 * implemented.
 */
public final class HttpApi {
    private final Javalin app;
    private List<ApiRoute> routes;

    public HttpApi(ApiServices services, HttpSettings settings, LiveEventBroker liveEvents) {
        ObjectMapper json = objectMapper();
        ObjectNode openApi = OpenApiDocument.load(json);
        SessionCookies cookies = new SessionCookies(settings.secureCookies());
        RateLimiter rateLimiter = new RateLimiter();
        this.app = Javalin.create(config -> {
            applyConventions(config, json);
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.routes.before(CorrelationIds::assign);
            config.routes.after(ctx -> CorrelationIds.release());
            new HealthRoutes(services.readiness()).register(config.routes);
            WebUi.register(config);
            ApiRoutes api = new ApiRoutes(config.routes, services.authentication(), rateLimiter, settings);
            api.get("/api/v1/openapi.json", Access.PUBLIC, ctx -> ctx.json(openApi));
            new SessionRoutes(services.authentication(), cookies).register(api);
            new TenantRoutes(services.tenants()).register(api);
            new SettingsRoutes(services.settings()).register(api);
            new EventRoutes(liveEvents).register(api);
            new ConversationRoutes(services.inbound(), services.chats(), services.faqMatches()).register(api);
            new FaqRoutes(services.faqs(), json).register(api);
            new UserRoutes(services.users()).register(api);
            new IntegrationKeyRoutes(services.integrationKeys()).register(api);
            new BotSettingRoutes(services.botSettings()).register(api);
            new InboxRoutes(services.inbox()).register(api);
            new IntegrationRoutes(services.integration(), services.outbox(), services.aiAnswers()).register(api);
            new OverviewRoutes(services.overview()).register(api);
            new DashboardRoutes(services.dashboard(), Clock.systemUTC()).register(api);
            this.routes = api.declared();
        });
    }

    /** What every server of this adapter shares: JSON, and failures answered as problem+json. */
    static void applyConventions(JavalinConfig config, ObjectMapper json) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.http.defaultContentType = "application/json";
        // a known path with the wrong method is a 405 that lists the allowed ones, not a 404
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(json)));
        ProblemResponses.register(config.routes);
    }

    /**
     * JSON in the API is snake_case, like the database columns and the seed's examples. Types are
     * taken as sent: a number is not a string and a string is not a boolean, so {@code "username": 42}
     * or {@code "active": "no"} is a 400 naming the field rather than something silently converted.
     */
    static ObjectMapper objectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // 1.5 for a whole number is a mistake to report, not to round down
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Every API route, as declared: what the OpenAPI document and the authorization tests check. */
    public List<ApiRoute> routes() {
        return routes;
    }

    /** Starts listening; port 0 picks a free port. */
    public HttpApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops taking connections and lets requests in flight finish. */
    public void stop() {
        app.stop();
    }
}
