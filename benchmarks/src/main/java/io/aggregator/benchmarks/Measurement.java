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
        Collections.sort(millis);
        return new Result(name, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), runs);
    }
}
