package io.aggregator.bootstrap;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar aggregator.jar}: configuration from the environment, then the server until SIGTERM. */
public final class Main {
    static final int EXIT_STARTUP_FAILED = 1;
    static final int EXIT_BAD_CONFIGURATION = 2;

    private Main() {
    }

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.fromEnvironment(System.getenv());
        } catch (ConfigurationException e) {
            System.err.println("aggregator: cannot start, the configuration is wrong:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(EXIT_BAD_CONFIGURATION);
            return;
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        try {
            // microseconds: what PostgreSQL keeps, so an answer shows the same instant a later read will
            Application application = Application.start(config, Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
            Runtime.getRuntime().addShutdownHook(new Thread(application::close, "aggregator-shutdown"));
        } catch (StartupException e) {
            log.error("aggregator: cannot start: {}", e.getMessage());
            log.debug("startup failure", e);
            System.exit(EXIT_STARTUP_FAILED);
        }
    }
}
