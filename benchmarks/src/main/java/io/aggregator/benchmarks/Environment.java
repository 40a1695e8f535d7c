package io.aggregator.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/** What every benchmark reads from its environment, and the line that says which machine it ran on. */
final class Environment {
    private Environment() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The built server: {@code AGGREGATOR_JAR}, else the jar {@code ./mvnw package} makes. */
    static Path jar() {
        return Path.of(env("AGGREGATOR_JAR", "bootstrap/target/aggregator.jar")).toAbsolutePath();
    }

    /** A data directory for the embedded PostgreSQL: {@code BENCH_DATA_DIR}, else one under target. */
    static Path dataDirectory(String name) {
        return Path.of(env("BENCH_DATA_DIR", "benchmarks/target/" + name)).toAbsolutePath();
    }

    static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format("machine: %d cores, %.1f GiB memory, Java %s; the load generator runs on the same "
                        + "machine", Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("java.version"));
    }
}
