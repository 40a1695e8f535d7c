package io.aggregator.application.service;

import io.aggregator.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of imported rows, derived from the old rows' keys, so that a second import finds what the
 * first stored instead of storing it again.
 */
final class LegacyIds {
    /** Serial numbers up to this fit in the ordered form's 47 bits. */
    private static final long LARGEST_ORDERED = (1L << 47) - 1;

    private LegacyIds() {
    }

    /** A name-based UUID of the old row's key within its tenant. */
    static UUID of(String kind, TenantId tenant, String legacyKey) {
        return UUID.nameUUIDFromBytes(("legacy-" + kind + ":" + tenant + ":" + legacyKey)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Like {@link #of}, but sorting (in PostgreSQL and in {@link UUID#compareTo}) as the old serial
     * numbers do: messages stored at the same instant keep their order, which is by time, then id. The
     * number leads the UUID, version 8 (custom) marks it, and a name-based hash fills the rest. A
     * version-7 id the server makes never equals one, since the version differs.
     */
    static UUID ordered(String kind, TenantId tenant, long number) {
        if (number < 0 || number > LARGEST_ORDERED) {
            return of(kind, tenant, Long.toString(number));
        }
        long hash = of(kind, tenant, Long.toString(number)).getLeastSignificantBits();
        long mostSignificant = (number << 16) | 0x8000L;
        long leastSignificant = (hash & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
