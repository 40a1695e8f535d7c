package io.aggregator.application.port.in;

import io.aggregator.domain.tenant.TenantId;
import java.util.Map;
import java.util.UUID;

/** n8n posts the AI's answer to a request's callback URL, signed with the tenant's secret. */
public interface ReceiveAiAnswerUseCase {

    /**
     * A callback as received: the Standard Webhooks headers, the raw body they sign, and the body read
     * as a JSON object (null when it is not one).
     */
    record SignedCallback(String webhookId, String timestamp, String signature, String rawBody,
                          Map<String, Object> json) {
    }

    /** What the callback achieved; every outcome is a success for the caller. */
    enum Result {
        /** The answer was taken and the policy applied it. */
        APPLIED,
        /** This answer or another was taken before; nothing changed. */
        ALREADY_TAKEN,
        /** The question had timed out: the answer is kept for managers and not sent. */
        RECORDED_LATE
    }

    /**
     * @throws AuthenticationFailedException when the headers, timestamp or signature are wrong
     * @throws NotFoundException for an unknown tenant or request
     * @throws ChatMovedOnException when the chat has moved on
     * @throws io.aggregator.domain.ValidationException for an answer with wrong fields
     */
    Result receive(TenantId tenant, UUID requestId, SignedCallback callback);
}
