package io.aggregator.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Several timed runs at one client count, as one line: the median of each figure, and its range. */
record RunReport(int clients, double perSecond, double minPerSecond, double maxPerSecond, double p50, double p95,
                 double p99, double max, long failures, double serverCores, double databaseCores, double generatorCores,
                 Map<String, Long> failureKinds) {
    static final String HEADER = String.format("%4s %22s %8s %8s %8s %9s %6s %8s %8s %8s", "N", "messages/s (min-max)",
            "p50 ms", "p95 ms", "p99 ms", "max ms", "fails", "JVM", "database", "loadgen")
            + "   (latency: median over runs; CPU in cores of the machine)";

    static RunReport of(int clients, List<LoadGenerator.Run> runs) {
        return new RunReport(clients, median(runs, LoadGenerator.Run::perSecond),
                runs.stream().mapToDouble(LoadGenerator.Run::perSecond).min().orElse(0),
                runs.stream().mapToDouble(LoadGenerator.Run::perSecond).max().orElse(0),
                median(runs, run -> run.percentileMillis(50)), median(runs, run -> run.percentileMillis(95)),
                median(runs, run -> run.percentileMillis(99)), median(runs, run -> run.percentileMillis(100)),
                runs.stream().mapToLong(LoadGenerator.Run::failureCount).sum(),
                median(runs, LoadGenerator.Run::serverCores), median(runs, LoadGenerator.Run::databaseCores),
                median(runs, LoadGenerator.Run::generatorCores),
                failureKinds(runs));
    }

    String line() {
        return String.format("%4d %8.0f (%5.0f-%5.0f) %8.2f %8.2f %8.2f %9.2f %6d %8.2f %8.2f %8.2f", clients,
                perSecond, minPerSecond, maxPerSecond, p50, p95, p99, max, failures, serverCores, databaseCores,
                generatorCores)
                + (failureKinds.isEmpty() ? "" : "  failures: " + failureKinds);
    }

    private static Map<String, Long> failureKinds(List<LoadGenerator.Run> runs) {
        Map<String, Long> kinds = new TreeMap<>();
        runs.forEach(run -> run.failures().forEach((kind, count) -> kinds.merge(kind, count, Long::sum)));
        return kinds;
    }

    private static double median(List<LoadGenerator.Run> runs, ToDoubleFunction<LoadGenerator.Run> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }
}
