package io.aggregator.adapter.http;

import io.aggregator.application.port.in.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per tenant (and per address for anonymous callers): a tenant may burst up to its
 * minute's allowance, then refills steadily. One tenant's flood empties only its own bucket. Buckets
 * live in this process; with several nodes each enforces the limit on its share.
 */
final class RateLimiter {
    private record Limited(int perMinute, Bucket bucket) {
    }

    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();

    /** @throws TooManyRequestsException when the key's bucket is empty */
    void consume(String key, int perMinute) {
        Limited limited = buckets.compute(key, (k, existing) ->
                existing != null && existing.perMinute() == perMinute ? existing : new Limited(perMinute, bucket(perMinute)));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw new TooManyRequestsException("rate limit of " + perMinute + " requests per minute reached",
                    wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
