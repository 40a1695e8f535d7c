package io.aggregator.domain.analytics;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Times to the first answer, counted in buckets so that a month of a busy tenant sums a few rows. The
 * buckets grow from a second to a day; a percentile is the upper bound of the bucket it falls in, so a
 * median of "at most 5 s" means between 2 and 5 seconds.
 */
public final class AnswerTimeBuckets {
    /** Each bucket's upper bound in seconds; the last one takes everything longer than a day. */
    private static final long[] UPPER_SECONDS = {1, 2, 5, 10, 30, 60, 120, 300, 600, 1_800, 3_600, 14_400, 86_400,
            Long.MAX_VALUE};
    public static final int COUNT = UPPER_SECONDS.length;

    private AnswerTimeBuckets() {
    }

    public static int bucketOf(Duration time) {
        long seconds = Math.max(0, (time.toMillis() + 999) / 1000);
        for (int bucket = 0; bucket < UPPER_SECONDS.length; bucket++) {
            if (seconds <= UPPER_SECONDS[bucket]) {
                return bucket;
            }
        }
        return UPPER_SECONDS.length - 1;
    }

    /** The bucket's upper bound in seconds; empty for the last, which has none. */
    public static OptionalLong upperSeconds(int bucket) {
        long upper = UPPER_SECONDS[bucket];
        return upper == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(upper);
    }

    /**
     * The bucket holding the {@code fraction} (0 to 1) percentile of the counted answers, or -1 when
     * none were counted.
     */
    public static int percentileBucket(long[] counts, double fraction) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int bucket = 0; bucket < counts.length; bucket++) {
            seen += counts[bucket];
            if (seen >= Math.max(rank, 1)) {
                return bucket;
            }
        }
        return counts.length - 1;
    }
}
