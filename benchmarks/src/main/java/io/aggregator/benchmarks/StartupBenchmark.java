package io.aggregator.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start and footprint: the time from {@code java -jar aggregator.jar} to the first 200 from
 * {@code /ready} with the embedded PostgreSQL, on a first start (an empty data directory: the
 * database binaries unpacked, initdb, every migration) and on later starts (the same data), and
 * the memory of the idle server. The JVM runs with its defaults, as the quick start runs it.
 */
public final class StartupBenchmark {
    private static final int FIRST_STARTS = 3;
    private static final int LATER_WARM_UPS = 1;
    private static final int LATER_STARTS = 5;
    private static final long IDLE_SETTLE_MILLIS = 30_000;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Environment.jar();
        Path data = Environment.dataDirectory("startup-data");
        System.out.println(Environment.machine());
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < FIRST_STARTS; i++) {
            Directories.deleteRecursively(data);
            first.add(startAndStop(jar, data));
        }
        for (int i = 0; i < LATER_WARM_UPS; i++) {
            startAndStop(jar, data);
        }
        List<Double> later = new ArrayList<>();
        for (int i = 0; i < LATER_STARTS; i++) {
            later.add(startAndStop(jar, data));
        }
        ProcessMemory idle;
        try (ServerProcess server = ServerProcess.start(jar, data)) {
            Thread.sleep(IDLE_SETTLE_MILLIS);
            idle = ProcessMemory.of(server);
        }
        System.out.println();
        System.out.println("Start and footprint (embedded PostgreSQL, default JVM settings)");
        System.out.println(Measurement.summary("first start to /ready", first).line());
        System.out.println(Measurement.summary("later start to /ready", later).line());
        System.out.println("idle after " + IDLE_SETTLE_MILLIS / 1000 + " s: " + idle.line());
        System.out.printf("Targets: later start under 5 s (%s); idle JVM RSS under 350 MB (%s)%n",
                Measurement.summary("", later).median() < 5_000 ? "met" : "MISSED",
                idle.jvmRssKb() < 350 * 1024 ? "met" : "MISSED");
    }

    private static double startAndStop(Path jar, Path data) throws Exception {
        try (ServerProcess server = ServerProcess.start(jar, data)) {
            return server.startup().toNanos() / 1e6;
        }
    }
}
