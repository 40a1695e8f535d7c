package io.aggregator.bootstrap;

import io.aggregator.adapter.http.HttpApi;
import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.application.service.DemoDataService;
import io.aggregator.application.service.ReadinessService;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The assembled server: database, services and HTTP, wired by hand, stopped in reverse order. */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Database database;
    private final HttpApi http;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Application(Database database, HttpApi http) {
        this.database = database;
        this.http = http;
    }

    public static Application start(ServerConfig config, Clock clock) {
        Database database = Database.open(config.database(), config.databasePoolSize());
        try {
            PostgresPersistence persistence = database.persistence();
            if (config.demoData()) {
                List<TenantId> created = new DemoDataService(persistence.transactions(), persistence.tenants(),
                        persistence.settings(), persistence.faqs(), clock).seedDemoData();
                if (!created.isEmpty()) {
                    LOG.info("demo data: created tenants {}", created);
                }
            }
            HttpApi http = new HttpApi(new ReadinessService(persistence.health()));
            startHttp(http, config.http());
            LOG.info("aggregator listening on http://{}:{}, {}", config.http().host(), http.port(),
                    database.description());
            return new Application(database, http);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void startHttp(HttpApi http, ServerConfig.Http settings) {
        try {
            http.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            throw new StartupException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                    + EmbeddedPostgresServer.rootMessage(e) + ". Set PORT (or HOST) to a free address.", e);
        }
    }

    public int port() {
        return http.port();
    }

    PostgresPersistence persistence() {
        return database.persistence();
    }

    /** HTTP first, so no request meets a closed database; then the pool and the embedded PostgreSQL. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop();
            database.close();
            LOG.info("aggregator stopped");
        }
    }
}
