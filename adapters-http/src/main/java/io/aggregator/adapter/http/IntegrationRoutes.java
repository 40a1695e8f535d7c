package io.aggregator.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aggregator.application.port.in.ManageIntegrationUseCase;
import io.aggregator.application.port.in.ManageIntegrationUseCase.IntegrationChanges;
import io.aggregator.application.port.in.ManageIntegrationUseCase.IntegrationView;
import io.aggregator.application.port.in.ManageIntegrationUseCase.RotatedSecret;
import io.aggregator.application.port.in.ManageOutboxUseCase;
import io.aggregator.application.port.in.ReceiveAiAnswerUseCase;
import io.aggregator.application.port.in.ReceiveAiAnswerUseCase.SignedCallback;
import io.aggregator.application.port.out.OutboxEntry;
import io.aggregator.domain.Require;
import io.aggregator.domain.Uuids;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tenant's side of the n8n integration: settings and signing secret for its admins, the failed
 * outbox and "retry now", and the callback endpoint n8n posts answers to (authenticated by the tenant's
 * signature, not by a session or key).
 */
final class IntegrationRoutes {
    private static final String TENANT = "/api/v1/tenants/{tenant}";
    /** Reads a callback's body as a plain JSON object, whatever its fields. */
    private static final ObjectMapper JSON = new ObjectMapper();

    record IntegrationJson(String aiWebhookUrl, String deliveryWebhookUrl, int historyMessages, int faqCandidates,
                           boolean secretSet, Instant secretRotatedAt, Instant previousSecretValidUntil,
                           Instant updatedAt) {
        static IntegrationJson of(IntegrationView view) {
            return new IntegrationJson(view.settings().aiWebhookUrl().map(URI::toString).orElse(null),
                    view.settings().deliveryWebhookUrl().map(URI::toString).orElse(null),
                    view.settings().historyMessages(), view.settings().faqCandidates(), view.secretSet(),
                    view.secretRotatedAt(), view.previousSecretValidUntil(), view.updatedAt());
        }
    }

    record IntegrationRequest(String aiWebhookUrl, String deliveryWebhookUrl, Integer historyMessages,
                              Integer faqCandidates) {
    }

    record RotateRequest(Integer overlapMinutes) {
    }

    record SecretJson(String secret, Instant rotatedAt, Instant previousSecretValidUntil) {
        @Override
        public String toString() {
            return "SecretJson[" + rotatedAt + "]";
        }
    }

    record OutboxEntryJson(String id, String kind, String status, String chatId, String messageId, int attempts,
                           String lastError, Instant nextAttemptAt, Instant createdAt) {
        static OutboxEntryJson of(OutboxEntry entry) {
            return new OutboxEntryJson(entry.id().toString(), entry.kind().code(), entry.status().code(),
                    entry.chatId().toString(), entry.messageId().toString(), entry.attempts(), entry.lastError(),
                    entry.nextAttemptAt(), entry.createdAt());
        }
    }

    record OutboxList(List<OutboxEntryJson> items) {
    }

    record CallbackJson(String result) {
    }

    private final ManageIntegrationUseCase integration;
    private final ManageOutboxUseCase outbox;
    private final ReceiveAiAnswerUseCase answers;

    IntegrationRoutes(ManageIntegrationUseCase integration, ManageOutboxUseCase outbox,
                      ReceiveAiAnswerUseCase answers) {
        this.integration = integration;
        this.outbox = outbox;
        this.answers = answers;
    }

    void register(ApiRoutes routes) {
        routes.get(TENANT + "/integration", Access.TENANT_OR_PLATFORM_ADMIN,
                ctx -> ctx.json(IntegrationJson.of(integration.get(Requests.tenant(ctx)))));
        routes.put(TENANT + "/integration", Access.TENANT_OR_PLATFORM_ADMIN, this::update);
        routes.post(TENANT + "/integration/secret", Access.TENANT_OR_PLATFORM_ADMIN, this::rotateSecret);
        routes.get(TENANT + "/outbox/failed", Access.TENANT_OR_PLATFORM_ADMIN, ctx -> ctx.json(new OutboxList(
                outbox.failed(Requests.tenant(ctx), Requests.intQuery(ctx, "limit", 50, 1, ManageOutboxUseCase.MAX_LIST))
                        .stream().map(OutboxEntryJson::of).toList())));
        routes.post(TENANT + "/outbox/{entry_id}/retry", Access.TENANT_OR_PLATFORM_ADMIN, ctx -> ctx.status(202).json(
                OutboxEntryJson.of(outbox.retry(Requests.tenant(ctx), Requests.pathId(ctx, "entry_id", id ->
                        Uuids.parse("entry_id", id))))));
        routes.post(TENANT + "/ai-callbacks/{request_id}", Access.SIGNED_WEBHOOK, this::callback);
    }

    private void update(Context ctx) {
        IntegrationRequest request = Requests.body(ctx, IntegrationRequest.class);
        ctx.json(IntegrationJson.of(integration.update(Requests.tenant(ctx), new IntegrationChanges(
                request.aiWebhookUrl(), request.deliveryWebhookUrl(), request.historyMessages(),
                request.faqCandidates()))));
    }

    private void rotateSecret(Context ctx) {
        RotateRequest request = ctx.bodyAsBytes().length == 0 ? new RotateRequest(null)
                : Requests.body(ctx, RotateRequest.class);
        int overlapMinutes = request.overlapMinutes() == null ? 0 : Require.inRange("overlap_minutes",
                request.overlapMinutes(), 0, (int) ManageIntegrationUseCase.MAX_OVERLAP.toMinutes());
        RotatedSecret rotated = integration.rotateSecret(Requests.tenant(ctx), Duration.ofMinutes(overlapMinutes));
        // the answer holds a working secret: no cache along the way may keep it
        ctx.status(201).header("Cache-Control", "no-store")
                .json(new SecretJson(rotated.secret(), rotated.rotatedAt(), rotated.previousSecretValidUntil()));
    }

    /** The signature covers the raw body, so the body is read as sent and parsed only afterwards. */
    private void callback(Context ctx) {
        String raw = Requests.utf8Body(ctx);
        SignedCallback callback = new SignedCallback(ctx.header("webhook-id"), ctx.header("webhook-timestamp"),
                ctx.header("webhook-signature"), raw, jsonObject(raw));
        ReceiveAiAnswerUseCase.Result result = answers.receive(Requests.tenant(ctx),
                Requests.pathId(ctx, "request_id", id -> Uuids.parse("request_id", id)), callback);
        ctx.json(new CallbackJson(result.name().toLowerCase(java.util.Locale.ROOT)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(String raw) {
        try {
            Object value = JSON.readValue(raw, Object.class);
            return value instanceof Map ? (Map<String, Object>) value : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
