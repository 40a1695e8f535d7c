package io.aggregator.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7). New rows land at the end of their indexes, lists can be
 * ordered by id, and an id reveals nothing about other tenants' rows.
 */
public final class Uuids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuids() {
    }

    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long mostSignificant = (millis << 16) | (0x7L << 12) | randA;
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
