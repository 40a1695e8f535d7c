package io.aggregator.benchmarks;

import java.time.Duration;
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

    /**
     * Runs the works in turn for {@code duration}, so that the JIT has compiled the paths they take:
     * a fresh server answers its first thousands of requests several times slower than later ones,
     * and a handful of warm-up calls per measurement leaves that in the figures.
     */
    static void warmUp(Duration duration, List<Work> works) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            for (Work work : works) {
                work.run();
            }
        }
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
