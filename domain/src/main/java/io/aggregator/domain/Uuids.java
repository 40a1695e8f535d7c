package io.aggregator.domain;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (RFC 9562 version 7). New rows land at the end of their indexes, lists can be
 * ordered by id, and an id reveals nothing about other tenants' rows (62 random bits). Within this
 * process ids strictly increase: the 12 bits after the millisecond count up (RFC 9562, method 1), so
 * two ids made in the same millisecond still sort in the order they were made.
 */
public final class Uuids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_BITS = 12;
    /** Unix milliseconds and the counter of the last id made, as {@code millis << 12 | counter}. */
    private static final AtomicLong LAST = new AtomicLong();

    private Uuids() {
    }

    public static UUID timeOrdered() {
        long now = System.currentTimeMillis() << COUNTER_BITS;
        // a counter overflow or a clock step back borrows from the next millisecond rather than repeat
        long stamp = LAST.updateAndGet(last -> Math.max(last + 1, now));
        long millis = stamp >>> COUNTER_BITS;
        long counter = stamp & ((1 << COUNTER_BITS) - 1);
        long mostSignificant = (millis << 16) | (0x7L << 12) | counter;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /** Parses the text form of a UUID, rejecting anything else with a message naming the field. */
    public static UUID parse(String field, String text) {
        Require.present(field, text);
        try {
            UUID parsed = UUID.fromString(text);
            if (!parsed.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be a UUID such as 0190a3f2-7c1e-7b3d-9f2a-1c2d3e4f5a6b; got '"
                    + text + "'");
        }
    }
}
