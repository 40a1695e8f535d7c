package io.aggregator.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Runs a piece of work after a warm-up and reports the median, p99, minimum and maximum in milliseconds. */
final class Measurement {
    /** The work to time; it may throw, which ends the benchmark. */
    interface Work {
        void run() throws Exception;
    }

    record Result(String name, double medianMillis, double p99Millis, double minMillis, double maxMillis, int runs) {
        String line() {
            return String.format("%-50s median %8.2f ms   p99 %8.2f   min %8.2f   max %8.2f   (%d runs)", name,
                    medianMillis, p99Millis, minMillis, maxMillis, runs);
        }
    }

    private Measurement() {
    }

    static Result of(String name, int warmUps, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return summary(name, millis);
    }

    /** The median, minimum and maximum of samples taken elsewhere, in milliseconds. */
    static Result summary(String name, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(name, sorted[sorted.length / 2], Percentiles.of(sorted, 99), sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }
}
