package io.aggregator.application.port.out;

import io.aggregator.domain.integration.IntegrationSettings;
import java.time.Instant;
import java.util.Objects;

/** A tenant's integration settings with its sealed signing secrets. */
public record StoredIntegration(IntegrationSettings settings, SealedSecrets secrets, Instant updatedAt) {
    public StoredIntegration {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
