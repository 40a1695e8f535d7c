package io.aggregator.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a piece of work after a warm-up and reports the median, minimum and maximum in milliseconds. */
final class Measurement {
    /** The work to time; it may throw, which ends the benchmark. */
    interface Work {
        void run() throws Exception;
    }

    record Result(String name, double medianMillis, double minMillis, double maxMillis, int runs) {
        String line() {
            return String.format("%-44s median %9.2f ms   min %9.2f   max %9.2f   (%d runs)", name, medianMillis,
                    minMillis, maxMillis, runs);
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
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(name, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                sorted.size());
    }
}
