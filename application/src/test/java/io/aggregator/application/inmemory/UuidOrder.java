package io.aggregator.application.inmemory;

import java.util.Comparator;
import java.util.UUID;

/** PostgreSQL orders uuid values by their bytes, unsigned; {@link UUID#compareTo} compares signed longs. */
final class UuidOrder {
    static final Comparator<UUID> AS_POSTGRESQL = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private UuidOrder() {
    }
}
