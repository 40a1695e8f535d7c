package io.aggregator.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's webhook signing secrets as stored: sealed by the {@link SecretCipher}. During a rotation's
 * overlap the previous secret still verifies, until {@code previousValidUntil}.
 */
public record SealedSecrets(String current, String previous, Instant previousValidUntil, Instant rotatedAt) {

    public static SealedSecrets none() {
        return new SealedSecrets(null, null, null, null);
    }

    public boolean isSet() {
        return current != null;
    }

    /** The sealed secrets a signature may be made with at {@code now}: the current one, and the previous during its overlap. */
    public List<String> verifyingAt(Instant now) {
        List<String> verifying = new ArrayList<>();
        if (isSet()) {
            verifying.add(current);
        }
        if (previousValidAt(now)) {
            verifying.add(previous);
        }
        return verifying;
    }

    /** Whether the previous secret still verifies at {@code now}. */
    public boolean previousValidAt(Instant now) {
        return previous != null && previousValidUntil != null && now.isBefore(previousValidUntil);
    }
}
