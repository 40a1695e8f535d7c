package io.aggregator.bootstrap;

import io.aggregator.adapter.http.ApiRoute;
import io.aggregator.adapter.http.HttpApi;
import io.aggregator.adapter.http.HttpSettings;
import io.aggregator.adapter.http.LiveEventBroker;
import io.aggregator.adapter.postgres.PostgresPersistence;
import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.application.port.out.PasswordHasher;
import io.aggregator.application.service.DemoDataService;
import io.aggregator.application.service.PlatformAdminService;
import io.aggregator.application.port.in.ReactivateIdleChatsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The assembled server: database, services and HTTP, wired by hand, stopped in reverse order. */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    static final Duration REACTIVATION_PERIOD = Duration.ofMinutes(1);

    private final Database database;
    private final HttpApi http;
    private final LiveEventBroker liveEvents;
    private final ClusterLiveEvents clusterEvents;
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Application(Database database, HttpApi http, LiveEventBroker liveEvents, ClusterLiveEvents clusterEvents,
                        ScheduledExecutorService scheduler) {
        this.database = database;
        this.http = http;
        this.liveEvents = liveEvents;
        this.clusterEvents = clusterEvents;
        this.scheduler = scheduler;
    }

    public static Application start(ServerConfig config, Clock clock) {
        routeJavaUtilLogging();
        Database database = Database.open(config.database(), config.databasePoolSize());
        ClusterLiveEvents clusterEvents = null;
        try {
            PostgresPersistence persistence = database.persistence();
            PasswordHasher hasher = new BcryptPasswordHasher(config.access().bcryptCost());
            ensurePlatformAdmin(config.access(), persistence, hasher, clock);
            if (config.demoData()) {
                seedDemoData(persistence, hasher, clock);
            }
            LiveEventBroker liveEvents = new LiveEventBroker();
            clusterEvents = new ClusterLiveEvents(liveEvents,
                    database.notifications(ClusterLiveEvents.CHANNEL));
            Services.Wiring services = Services.create(persistence, hasher, clusterEvents, config.access(),
                    config.http().maxMessageText(), clock);
            HttpApi http = new HttpApi(services.api(),
                    new HttpSettings(config.http().maxRequestBytes(), config.http().rateLimitPerMinute(),
                            config.http().anonymousRateLimitPerMinute(), config.http().secureCookies()), liveEvents);
            startHttp(http, config.http());
            ScheduledExecutorService scheduler = scheduleReactivation(services.reactivation());
            LOG.info("aggregator listening on http://{}:{}, {}", config.http().host(), http.port(),
                    database.description());
            return new Application(database, http, liveEvents, clusterEvents, scheduler);
        } catch (RuntimeException e) {
            if (clusterEvents != null) {
                clusterEvents.close();
            }
            database.close();
            throw e;
        }
    }

    /** Every minute, handed-over chats whose customer went quiet return to the bot, on every node. */
    private static ScheduledExecutorService scheduleReactivation(ReactivateIdleChatsUseCase reactivation) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reactivate-idle-chats");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int reactivated = reactivation.reactivateIdleChats();
                if (reactivated > 0) {
                    LOG.info("gave {} quiet chats back to the bot", reactivated);
                }
            } catch (RuntimeException e) {
                // a failed round (database restarting, say) must not end the schedule
                LOG.warn("reactivating idle chats failed: {}", e.getMessage());
            }
        }, REACTIVATION_PERIOD.toSeconds(), REACTIVATION_PERIOD.toSeconds(), TimeUnit.SECONDS);
        return scheduler;
    }

    /** Liquibase logs through java.util.logging: send it where everything else goes. */
    private static synchronized void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static void ensurePlatformAdmin(ServerConfig.Access access, PostgresPersistence persistence,
                                            PasswordHasher hasher, Clock clock) {
        new PlatformAdminService(persistence.transactions(), persistence.platformAdmins(), hasher, clock)
                .ensurePlatformAdmin(access.platformAdminUsername(), access.platformAdminPassword())
                .ifPresent(password -> LOG.warn("created the first platform admin '{}' with the password {} "
                        + "(shown only now: log in and change it)", access.platformAdminUsername(), password));
    }

    private static void seedDemoData(PostgresPersistence persistence, PasswordHasher hasher, Clock clock) {
        new DemoDataService(persistence.transactions(), persistence.tenants(), persistence.settings(),
                persistence.faqs(), persistence.users(), hasher, clock).seedDemoData()
                .forEach(created -> LOG.warn("demo data: created tenant {} with admin user '{}', password {} "
                        + "(shown only now)", created.tenant(), created.adminUsername(), created.adminPassword()));
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

    List<ApiRoute> routes() {
        return http.routes();
    }

    /** HTTP first, so no request meets a closed database; then the pool and the embedded PostgreSQL. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            scheduler.shutdownNow();
            clusterEvents.close();
            liveEvents.close();
            http.stop();
            database.close();
            LOG.info("aggregator stopped");
        }
    }
}
