package io.aggregator.adapter.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.aggregator.application.port.in.CheckReadinessUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;

/**
 * The HTTP server: probes now, the versioned API under {@code /api/v1} as it grows. Built from the
 * use cases it serves; knows nothing of how they are implemented.
 */
public final class HttpApi {
    private final Javalin app;

    public HttpApi(CheckReadinessUseCase readiness) {
        HealthRoutes health = new HealthRoutes(readiness);
        this.app = Javalin.create(config -> {
            applyConventions(config);
            health.register(config.routes);
        });
    }

    /** What every server of this adapter shares: JSON, and failures answered as problem+json. */
    static void applyConventions(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(objectMapper(), false));
        config.http.defaultContentType = "application/json";
        // a known path with the wrong method is a 405 that lists the allowed ones, not a 404
        config.http.prefer405over404 = true;
        ProblemResponses.register(config.routes);
    }

    /** JSON in the API is snake_case, like the database columns and the seed's examples. */
    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
