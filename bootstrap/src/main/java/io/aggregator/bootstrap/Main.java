package io.aggregator.bootstrap;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar aggregator.jar}: configuration from the environment, then the server until SIGTERM;
 * {@code java -jar aggregator.jar import-legacy}: the single-tenant system's data imported, then exit.
 */
public final class Main {
    static final int EXIT_STARTUP_FAILED = 1;
    static final int EXIT_BAD_CONFIGURATION = 2;

    private Main() {
    }

    public static void main(String[] args) {
        giveTheCommonPoolThreads();
        if (args.length > 0) {
            System.exit(command(args[0]));
        }
        try {
            ServerConfig config = ServerConfig.fromEnvironment(System.getenv());
            // microseconds: what PostgreSQL keeps, so an answer shows the same instant a later read will
            Application application = Application.start(config, Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
            Runtime.getRuntime().addShutdownHook(new Thread(application::close, "aggregator-shutdown"));
        } catch (ConfigurationException e) {
            // most settings are judged before anything starts, a few (the first admin's password) only later
            System.err.println("aggregator: cannot start, the configuration is wrong:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            System.exit(EXIT_BAD_CONFIGURATION);
        } catch (StartupException e) {
            Logger log = LoggerFactory.getLogger(Main.class);
            log.error("aggregator: cannot start: {}", e.getMessage());
            log.debug("startup failure", e);
            System.exit(EXIT_STARTUP_FAILED);
        }
    }

    /** A command instead of the server: its exit code. */
    static int command(String name) {
        if (name.equals(LegacyImportCommand.NAME)) {
            return LegacyImportCommand.run(System.getenv(), System.out, Clock.systemUTC());
        }
        System.err.println("aggregator: unknown command '" + name + "'; without one the server starts, and "
                + LegacyImportCommand.NAME + " imports the single-tenant system's database (see docs/upgrade.md)");
        return EXIT_BAD_CONFIGURATION;
    }

    /**
     * Java's HTTP client completes every call's future on the common fork-join pool. On a machine with
     * 2 cores or fewer that pool has no threads of its own, and the JDK starts a new thread for each of
     * its tasks instead: a thread per webhook call, as a profile of the ingest benchmark showed. Two
     * threads of its own avoid that; a parallelism given on the command line wins. This must run
     * before anything uses the pool.
     */
    private static void giveTheCommonPoolThreads() {
        String parallelism = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(parallelism) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(parallelism, "2");
        }
    }
}
