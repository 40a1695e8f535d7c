package io.aggregator.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Runs a piece of work after a warm-up and reports the median, p99, minimum and maximum in milliseconds. */
final class Measurement {
    /** The work to time; it may throw, which ends the benchmark. */
    interface Work {
        void run() throws Exception;
    }

    /** Samples summed up: in milliseconds when timed here, in whatever unit they came otherwise. */
    record Result(String name, double median, double p99, double min, double max, int runs) {
        String line() {
            return String.format("%-50s median %8.2f ms   p99 %8.2f   min %8.2f   max %8.2f   (%d runs)", name,
                    median, p99, min, max, runs);
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

    /** The median, p99, minimum and maximum of samples taken elsewhere. */
    static Result summary(String name, List<Double> samples) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(name, sorted[sorted.length / 2], Percentiles.of(sorted, 99), sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }
}
