package io.aggregator.application.service;

import io.aggregator.application.port.in.ManageIntegrationUseCase;
import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.SecretCipher;
import io.aggregator.application.port.out.StoredIntegration;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.WebhookSigning;
import io.aggregator.application.port.out.WebhookUrls;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.Violation;
import io.aggregator.domain.integration.IntegrationSettings;
import io.aggregator.domain.tenant.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A tenant's integration settings and signing secret; URLs are judged by the deployment's policy. */
public final class IntegrationService implements ManageIntegrationUseCase {
    private final Transactions transactions;
    private final TenantStore tenants;
    private final IntegrationSettingsStore store;
    private final WebhookUrls urls;
    private final WebhookSigning signing;
    private final SecretCipher cipher;
    private final Clock clock;

    public IntegrationService(Transactions transactions, TenantStore tenants, IntegrationSettingsStore store,
                              WebhookUrls urls, WebhookSigning signing, SecretCipher cipher, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.store = store;
        this.urls = urls;
        this.signing = signing;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public IntegrationView get(TenantId tenant) {
        return transactions.inTenant(tenant, () -> view(current(tenant)));
    }

    @Override
    public IntegrationView update(TenantId tenant, IntegrationChanges changes) {
        // resolving host names takes time: done before the transaction, not while holding a connection
        IntegrationSettings settings = validated(changes);
        return transactions.inTenant(tenant, () -> {
            StoredIntegration updated = new StoredIntegration(settings, current(tenant).secrets(), clock.instant());
            store.save(updated);
            return view(updated);
        });
    }

    @Override
    public RotatedSecret rotateSecret(TenantId tenant, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw ValidationException.of("overlap_minutes", "must be between 0 and " + MAX_OVERLAP.toMinutes());
        }
        String secret = signing.newSecret();
        return transactions.inTenant(tenant, () -> {
            StoredIntegration before = current(tenant);
            Instant now = clock.instant();
            boolean overlapping = before.secrets().isSet() && !overlap.isZero();
            SealedSecrets rotated = new SealedSecrets(cipher.seal(secret),
                    overlapping ? before.secrets().current() : null, overlapping ? now.plus(overlap) : null, now);
            store.save(new StoredIntegration(before.settings(), rotated, now));
            return new RotatedSecret(secret, now, rotated.previousValidUntil());
        });
    }

    private IntegrationSettings validated(IntegrationChanges changes) {
        List<Violation> violations = new ArrayList<>();
        Optional<URI> ai = url("ai_webhook_url", changes.aiWebhookUrl(), violations);
        Optional<URI> delivery = url("delivery_webhook_url", changes.deliveryWebhookUrl(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new IntegrationSettings(ai, delivery,
                changes.historyMessages() == null ? IntegrationSettings.DEFAULT_HISTORY_MESSAGES
                        : changes.historyMessages(),
                changes.faqCandidates() == null ? IntegrationSettings.DEFAULT_FAQ_CANDIDATES
                        : changes.faqCandidates());
    }

    private Optional<URI> url(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(urls.check(field, text));
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return Optional.empty();
        }
    }

    /** Must run inside the tenant's transaction. */
    private StoredIntegration current(TenantId tenant) {
        ExistingTenant.require(tenants, tenant);
        return store.load().orElseGet(() -> new StoredIntegration(IntegrationSettings.none(), SealedSecrets.none(),
                clock.instant()));
    }

    private IntegrationView view(StoredIntegration stored) {
        SealedSecrets secrets = stored.secrets();
        return new IntegrationView(stored.settings(), secrets.isSet(), secrets.rotatedAt(),
                secrets.previousValidAt(clock.instant()) ? secrets.previousValidUntil() : null, stored.updatedAt());
    }
}
