package io.aggregator.application.port.in;

import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;

/** A tenant admin connects the tenant to its n8n: webhook URLs, request contents, the signing secret. */
public interface ManageIntegrationUseCase {
    /** The longest overlap a rotation may give the previous secret. */
    Duration MAX_OVERLAP = Duration.ofDays(7);

    /** What the tenant's admin sees: never the secret itself, only whether there is one and since when. */
    record IntegrationView(IntegrationSettings settings, boolean secretSet, Instant secretRotatedAt,
                           Instant previousSecretValidUntil, Instant updatedAt) {
    }

    /** The new secret, shown this once. */
    record RotatedSecret(String secret, Instant rotatedAt, Instant previousSecretValidUntil) {
        @Override
        public String toString() {
            return "RotatedSecret[" + rotatedAt + "]";
        }
    }

    /** What an admin sends: URLs as typed (null or blank for none), checked against the deployment's policy. */
    record IntegrationChanges(String aiWebhookUrl, String deliveryWebhookUrl, Integer historyMessages,
                              Integer faqCandidates) {
    }

    /** @throws NotFoundException if there is no such tenant */
    IntegrationView get(TenantId tenant);

    /** Replaces the settings; counts left out take their defaults. The secret is not touched. */
    IntegrationView update(TenantId tenant, IntegrationChanges changes);

    /**
     * Makes a new signing secret, which signs everything from now on; the previous one still verifies
     * callbacks for {@code overlap} (zero ends it at once), so n8n can be switched over without losing any.
     */
    RotatedSecret rotateSecret(TenantId tenant, Duration overlap);
}
