package io.aggregator.benchmarks;

/** Percentiles of sorted samples, by the nearest-rank method. */
final class Percentiles {
    private Percentiles() {
    }

    /** The {@code percentile}th (0 to 100) of {@code sorted}; NaN when there are no samples. */
    static double of(double[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
