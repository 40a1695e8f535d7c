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
import io.aggregator.adapter.n8n.HttpWebhookSender;
import io.aggregator.adapter.n8n.StandardWebhookSigning;
import io.aggregator.adapter.n8n.WebhookUrlPolicy;
import io.aggregator.adapter.security.AesGcmSecretCipher;
import io.aggregator.adapter.security.DeploymentKey;
import io.aggregator.application.service.ConversationService;
import io.aggregator.application.service.OutboxWorker;
import io.aggregator.domain.ValidationException;
import java.io.IOException;
import java.util.Optional;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
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
    /** How often questions the AI left unanswered are looked for: the fallback is at most this late. */
    static final Duration AI_TIMEOUT_PERIOD = Duration.ofSeconds(1);
    /** How often finished outbox work past its retention is deleted. */
    static final Duration RETENTION_PERIOD = Duration.ofHours(1);

    private final Database database;
    private final HttpApi http;
    private final LiveEventBroker liveEvents;
    private final ClusterLiveEvents clusterEvents;
    private final ScheduledExecutorService scheduler;
    private final OutboxDispatcher outbox;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Application(Database database, HttpApi http, LiveEventBroker liveEvents, ClusterLiveEvents clusterEvents,
                        ScheduledExecutorService scheduler, OutboxDispatcher outbox) {
        this.database = database;
        this.http = http;
        this.liveEvents = liveEvents;
        this.clusterEvents = clusterEvents;
        this.scheduler = scheduler;
        this.outbox = outbox;
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
            Services.Webhooks webhooks = webhooks(config.integration(), clock);
            Services.Wiring services = Services.create(persistence, hasher, clusterEvents, config.access(),
                    config.http().maxMessageText(), webhooks, clock);
            HttpApi http = new HttpApi(services.api(),
                    new HttpSettings(config.http().maxRequestBytes(), config.http().rateLimitPerMinute(),
                            config.http().anonymousRateLimitPerMinute(), config.http().secureCookies()), liveEvents);
            startHttp(http, config.http());
            ScheduledExecutorService scheduler = scheduleJobs(services.conversations());
            URI publicUrl = config.integration().publicUrl().orElse(URI.create("http://localhost:" + http.port()));
            OutboxWorker.Settings outboxSettings = OutboxWorker.Settings.of(publicUrl,
                    config.integration().outboxMaxAttempts(), config.integration().outboxFirstRetryDelay(),
                    config.integration().outboxPerTenant(), config.integration().outboxRetention());
            OutboxWorker worker = Services.outboxWorker(persistence, services, webhooks, clusterEvents, clock,
                    outboxSettings);
            schedule(scheduler, RETENTION_PERIOD, "purging finished outbox work", worker::purgeFinished,
                    "deleted {} finished outbox entries and AI turns past their retention");
            OutboxDispatcher outbox = new OutboxDispatcher(worker, database.notifications(OutboxDispatcher.CHANNEL),
                    config.integration().outboxWorkers()).start();
            LOG.info("aggregator listening on http://{}:{}, {}; n8n calls back at {}", config.http().host(),
                    http.port(), database.description(), publicUrl);
            return new Application(database, http, liveEvents, clusterEvents, scheduler, outbox);
        } catch (RuntimeException e) {
            if (clusterEvents != null) {
                clusterEvents.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * On every node: every minute, handed-over chats whose customer went quiet return to the bot; every
     * second, questions the AI did not answer in time get the fallback; (scheduled once the outbox
     * workers exist) every hour, finished outbox work past its retention is deleted. Each job has its
     * own thread, so a long round of one never delays another.
     */
    private static ScheduledExecutorService scheduleJobs(ConversationService conversations) {
        AtomicInteger numbers = new AtomicInteger();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "conversation-jobs-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        schedule(scheduler, REACTIVATION_PERIOD, "reactivating idle chats", conversations::reactivateIdleChats,
                "gave {} quiet chats back to the bot");
        schedule(scheduler, AI_TIMEOUT_PERIOD, "timing out unanswered AI requests", conversations::timeOutDueAiTurns,
                "{} questions had no AI answer in time: the fallback was sent");
        return scheduler;
    }

    private static void schedule(ScheduledExecutorService scheduler, Duration period, String job, IntSupplier round,
                                 String doneMessage) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int done = round.getAsInt();
                if (done > 0) {
                    LOG.info(doneMessage, done);
                }
            } catch (RuntimeException e) {
                // a failed round (database restarting, say) must not end the schedule
                LOG.warn("{} failed: {}", job, e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The webhook adapters. Signing secrets are sealed under SECRET_KEY when given (every node of a
     * cluster needs the same), else under a key file kept beside the data.
     */
    private static Services.Webhooks webhooks(ServerConfig.Integration integration, Clock clock) {
        WebhookUrlPolicy urls = new WebhookUrlPolicy(integration.allowedNetworks());
        StandardWebhookSigning signing = new StandardWebhookSigning();
        return new Services.Webhooks(urls, signing, new AesGcmSecretCipher(deploymentKey(integration)),
                new HttpWebhookSender(urls, signing, clock, HttpWebhookSender.DEFAULT_MAX_RESPONSE_BYTES));
    }

    private static DeploymentKey deploymentKey(ServerConfig.Integration integration) {
        if (integration.secretKey().isPresent()) {
            return DeploymentKey.fromBase64(integration.secretKey().get());
        }
        if (integration.secretKeyFile() == null) {
            return DeploymentKey.generate();
        }
        try {
            DeploymentKey key = DeploymentKey.fromFile(integration.secretKeyFile());
            LOG.info("webhook signing secrets are sealed with the key in {}; several nodes must share one "
                    + "SECRET_KEY instead", integration.secretKeyFile());
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupException("cannot read or create the key file " + integration.secretKeyFile() + ": "
                    + e.getMessage() + ". Set SECRET_KEY, or DATA_DIR to a writable directory.", e);
        }
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
        Optional<String> generated;
        try {
            generated = new PlatformAdminService(persistence.transactions(), persistence.platformAdmins(), hasher,
                    clock).ensurePlatformAdmin(access.platformAdminUsername(), access.platformAdminPassword());
        } catch (ValidationException e) {
            // only known once the password is checked against its user: still the operator's setting to fix
            throw new ConfigurationException(e.violations().stream()
                    .map(violation -> (violation.field().equals("password") ? "PLATFORM_ADMIN_PASSWORD"
                            : "PLATFORM_ADMIN_USERNAME") + " " + violation.message())
                    .toList());
        }
        generated.ifPresent(password -> LOG.warn("created the first platform admin '{}' with the password {} "
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
            outbox.close();
            scheduler.shutdownNow();
            clusterEvents.close();
            liveEvents.close();
            http.stop();
            database.close();
            LOG.info("aggregator stopped");
        }
    }
}
