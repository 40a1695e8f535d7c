package io.aggregator.application.service;

import io.aggregator.application.port.in.AuthenticationFailedException;
import io.aggregator.application.port.in.ReceiveAiAnswerUseCase;
import io.aggregator.application.port.out.IntegrationSettingsStore;
import io.aggregator.application.port.out.ReceivedWebhookStore;
import io.aggregator.application.port.out.SealedSecrets;
import io.aggregator.application.port.out.SecretCipher;
import io.aggregator.application.port.out.TenantStore;
import io.aggregator.application.port.out.Transactions;
import io.aggregator.application.port.out.WebhookSignatureException;
import io.aggregator.application.port.out.WebhookSigning;
import io.aggregator.domain.ValidationException;
import io.aggregator.domain.integration.AiReply;
import io.aggregator.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answers that n8n posts back. The signature is checked over the raw body before anything is read
 * from it, against the tenant's secret and, during a rotation's overlap, the previous one; the
 * timestamp must be within {@link #TOLERANCE}; a webhook id already taken changes nothing again.
 */
public final class AiCallbackService implements ReceiveAiAnswerUseCase {
    /** How far a callback's timestamp may be from the server's clock: the Standard Webhooks default. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_WEBHOOK_ID_LENGTH = 200;

    private final Transactions transactions;
    private final TenantStore tenants;
    private final IntegrationSettingsStore integration;
    private final ReceivedWebhookStore received;
    private final WebhookSigning signing;
    private final SecretCipher cipher;
    private final ConversationService conversations;
    private final Clock clock;

    public AiCallbackService(Transactions transactions, TenantStore tenants, IntegrationSettingsStore integration,
                             ReceivedWebhookStore received, WebhookSigning signing, SecretCipher cipher,
                             ConversationService conversations, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.integration = integration;
        this.received = received;
        this.signing = signing;
        this.cipher = cipher;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public Result receive(TenantId tenant, UUID requestId, SignedCallback callback) {
        Instant now = clock.instant();
        List<String> secrets = secretsOf(tenant, now);
        if (secrets.isEmpty()) {
            throw new AuthenticationFailedException("the tenant has no signing secret to verify callbacks with");
        }
        try {
            signing.verify(secrets, callback.webhookId(), callback.timestamp(), callback.signature(),
                    callback.rawBody(), now, TOLERANCE);
        } catch (WebhookSignatureException e) {
            throw new AuthenticationFailedException("the callback's signature does not verify: " + e.getMessage());
        }
        if (callback.webhookId().length() > MAX_WEBHOOK_ID_LENGTH) {
            throw ValidationException.of("webhook-id", "must be at most " + MAX_WEBHOOK_ID_LENGTH + " characters");
        }
        if (callback.json() == null) {
            throw ValidationException.of("body", "must be a JSON object with answer, handover and confidence");
        }
        AiReply reply = AiReply.from(callback.json());
        return switch (conversations.takeAiAnswer(tenant, requestId, reply,
                () -> received.remember(callback.webhookId(), now))) {
            case APPLIED -> Result.APPLIED;
            case RECORDED_LATE -> Result.RECORDED_LATE;
            case ALREADY_ANSWERED, REPEATED -> Result.ALREADY_TAKEN;
        };
    }

    private List<String> secretsOf(TenantId tenant, Instant now) {
        SealedSecrets sealed = transactions.inTenant(tenant, () -> {
            ExistingTenant.require(tenants, tenant);
            return integration.load().map(stored -> stored.secrets()).orElse(SealedSecrets.none());
        });
        return sealed.verifyingAt(now).stream().map(cipher::open).toList();
    }
}
