package io.aggregator.bootstrap;

import io.aggregator.adapter.n8n.WebhookUrlPolicy;
import io.aggregator.adapter.security.DeploymentKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server is told by its environment, read once at start. Every variable and its
 * default is listed in the README.
 */
public record ServerConfig(Http http, Database database, int databasePoolSize, boolean demoData, Access access,
                           Integration integration) {

    /** A server that calls no tenant's n8n on this host and keeps its secrets under a key of its own. */
    public ServerConfig(Http http, Database database, int databasePoolSize, boolean demoData, Access access) {
        this(http, database, databasePoolSize, demoData, access, Integration.defaults());
    }

    /**
     * Talking to tenants' n8n: the address n8n calls back ({@code publicUrl}, by default this server's
     * local address), the loopback and private networks tenants' webhooks may be in, the key that seals
     * signing secrets (given as {@code SECRET_KEY}, else kept in {@code secretKeyFile}, else made for this
     * run only), and the outbox workers.
     */
    public record Integration(Optional<URI> publicUrl, List<String> allowedNetworks, Optional<String> secretKey,
                              Path secretKeyFile, int outboxWorkers, int outboxPerTenant, int outboxMaxAttempts,
                              Duration outboxFirstRetryDelay, Duration outboxRetention) {
        public static Integration defaults() {
            return new Integration(Optional.empty(), List.of(), Optional.empty(), null, 8, 4, 8, Duration.ofSeconds(2),
                    Duration.ofDays(30));
        }

        @Override
        public String toString() {
            return "Integration[" + publicUrl + ", " + allowedNetworks + ", key " + (secretKey.isPresent() ? "given"
                    : String.valueOf(secretKeyFile)) + ", " + outboxWorkers + " workers]";
        }
    }

    /**
     * Where the HTTP server listens (port 0 picks a free port, which the start line reports) and its
     * limits.
     */
    public record Http(String host, int port, long maxRequestBytes, int rateLimitPerMinute,
                       int anonymousRateLimitPerMinute, boolean secureCookies, int maxMessageText) {
        public static Http local(int port) {
            return new Http("localhost", port, 1_000_000, 600, 60, false, 20_000);
        }
    }

    /** Logins: the first platform admin, password hashing cost, how long a session lasts. */
    public record Access(String platformAdminUsername, String platformAdminPassword, int bcryptCost,
                         int sessionHours) {
        public static Access defaults() {
            return new Access("admin", null, 12, 12);
        }

        @Override
        public String toString() {
            return "Access[" + platformAdminUsername + ", bcrypt cost " + bcryptCost + ", " + sessionHours + " h]";
        }
    }

    /** Either a PostgreSQL the server starts itself, or one it is pointed at. */
    public sealed interface Database permits EmbeddedDatabase, ExternalDatabase {
    }

    /** The embedded PostgreSQL keeps its data under {@code dataDirectory}, across restarts. */
    public record EmbeddedDatabase(Path dataDirectory, int port) implements Database {
    }

    /**
     * An external PostgreSQL: the owner runs the migrations, the runtime role serves requests and is
     * bound by row-level security. They must be different roles.
     */
    public record ExternalDatabase(String jdbcUrl, String ownerUser, String ownerPassword, String runtimeUser,
                                   String runtimePassword) implements Database {
        @Override
        public String toString() {
            return "ExternalDatabase[" + jdbcUrl + ", owner " + ownerUser + ", runtime " + runtimeUser + "]";
        }
    }

    record Credentials(String user, String password) {
    }

    public static ServerConfig fromEnvironment(Map<String, String> environment) {
        EnvironmentReader env = new EnvironmentReader(environment);
        Http http = new Http(env.text("HOST", "0.0.0.0"), env.integer("PORT", 8080, 0, 65_535),
                env.integer("MAX_REQUEST_BYTES", 1_000_000, 1_024, 100_000_000),
                env.integer("RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
                env.integer("ANONYMOUS_RATE_LIMIT_PER_MINUTE", 60, 1, 1_000_000),
                env.bool("SECURE_COOKIES", false),
                env.integer("MAX_MESSAGE_TEXT", 20_000, 1, 20_000));
        Access access = new Access(env.text("PLATFORM_ADMIN_USERNAME", "admin"),
                env.optional("PLATFORM_ADMIN_PASSWORD").orElse(null),
                env.integer("BCRYPT_COST", 12, 10, 16), env.integer("SESSION_HOURS", 12, 1, 24 * 30));
        int poolSize = env.integer("DATABASE_POOL_SIZE", 10, 1, 500);
        Optional<String> databaseUrl = env.optional("DATABASE_URL");
        Path dataDirectory = dataDirectory(env);
        Database database = databaseUrl.isPresent()
                ? external(databaseUrl.get(), env)
                : new EmbeddedDatabase(dataDirectory, env.integer("EMBEDDED_DATABASE_PORT", 0, 0, 65_535));
        boolean demoData = env.bool("DEMO_DATA", database instanceof EmbeddedDatabase);
        Integration integration = integration(env, dataDirectory);
        env.failOnProblems();
        return new ServerConfig(http, database, poolSize, demoData, access, integration);
    }

    private static Integration integration(EnvironmentReader env, Path dataDirectory) {
        Optional<URI> publicUrl = env.optional("PUBLIC_URL").flatMap(url -> {
            try {
                URI uri = new URI(url);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException ignored) {
                // reported below
            }
            env.problem("PUBLIC_URL must be the http(s) address n8n reaches this server at, such as "
                    + "https://aggregator.example.com, got '" + url + "'");
            return Optional.empty();
        });
        List<String> networks = env.optional("WEBHOOK_ALLOWED_NETWORKS")
                .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList())
                .orElse(List.of());
        try {
            new WebhookUrlPolicy(networks);
        } catch (IllegalArgumentException e) {
            env.problem("WEBHOOK_ALLOWED_NETWORKS must list networks such as 127.0.0.0/8,10.0.0.0/8: "
                    + e.getMessage());
        }
        Optional<String> secretKey = env.optional("SECRET_KEY");
        secretKey.ifPresent(key -> {
            try {
                DeploymentKey.fromBase64(key);
            } catch (IllegalArgumentException e) {
                env.problem(e.getMessage());
            }
        });
        return new Integration(publicUrl, networks, secretKey, dataDirectory.resolve("secret.key"),
                env.integer("OUTBOX_WORKERS", 8, 1, 256), env.integer("OUTBOX_PER_TENANT", 4, 1, 256),
                env.integer("OUTBOX_MAX_ATTEMPTS", 8, 1, 50),
                Duration.ofMillis(env.integer("OUTBOX_FIRST_RETRY_MS", 2_000, 10, 600_000)),
                Duration.ofDays(env.integer("OUTBOX_RETENTION_DAYS", 30, 1, 3_650)));
    }

    /** Where the server keeps its files: the embedded database's data and the key file. */
    private static Path dataDirectory(EnvironmentReader env) {
        try {
            return Path.of(env.text("DATA_DIR", "data")).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            env.problem("DATA_DIR is not a usable path: " + e.getMessage());
            return Path.of("data").toAbsolutePath();
        }
    }

    private static ExternalDatabase external(String url, EnvironmentReader env) {
        Optional<Map.Entry<String, Credentials>> parsed = parseDatabaseUrl(url);
        if (parsed.isEmpty()) {
            env.problem("DATABASE_URL is not a PostgreSQL URL such as jdbc:postgresql://db.example:5432/aggregator "
                    + "or postgresql://user:password@db.example:5432/aggregator");
            return null;
        }
        String jdbcUrl = parsed.get().getKey();
        Credentials inUrl = parsed.get().getValue();
        String ownerUser = env.optional("DATABASE_USER").orElse(inUrl.user());
        String ownerPassword = env.optional("DATABASE_PASSWORD").orElse(inUrl.password());
        String runtimeUser = env.optional("DATABASE_APP_USER").orElse(null);
        String runtimePassword = env.optional("DATABASE_APP_PASSWORD").orElse(null);
        if (ownerUser == null) {
            env.problem("DATABASE_USER is required with DATABASE_URL: the role that owns the tables and runs "
                    + "the migrations");
        }
        if (runtimeUser == null) {
            env.problem("DATABASE_APP_USER is required with DATABASE_URL: a role that owns no table and cannot "
                    + "bypass row-level security (see the README for the SQL that creates it)");
        } else if (runtimeUser.equals(ownerUser)) {
            env.problem("DATABASE_APP_USER must differ from DATABASE_USER: the table owner could switch "
                    + "row-level security off");
        } else if (!runtimeUser.matches("[a-z_][a-z0-9_]{0,62}")) {
            env.problem("DATABASE_APP_USER must be a plain lowercase role name, got '" + runtimeUser + "'");
        }
        return new ExternalDatabase(jdbcUrl, ownerUser, ownerPassword, runtimeUser, runtimePassword);
    }

    /** Accepts the JDBC form and the libpq URI form; returns a JDBC URL and any credentials it held. */
    static Optional<Map.Entry<String, Credentials>> parseDatabaseUrl(String url) {
        try {
            if (url.startsWith("jdbc:postgresql://")) {
                URI uri = URI.create(url.substring("jdbc:".length()));
                return uri.getHost() == null ? Optional.empty()
                        : Optional.of(Map.entry(url, new Credentials(null, null)));
            }
            if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
                URI uri = URI.create(url);
                if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                    return Optional.empty();
                }
                String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                        + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                return Optional.of(Map.entry(jdbcUrl, credentials(uri.getRawUserInfo())));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Credentials credentials(String userInfo) {
        if (userInfo == null) {
            return new Credentials(null, null);
        }
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? null : userInfo.substring(colon + 1);
        return new Credentials(decode(user), password == null ? null : decode(password));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
