package io.aggregator.adapter.n8n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aggregator.application.port.out.WebhookOutcome;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a 2xx answer says: a JSON object (an answer given at once, or n8n's "Workflow was started"),
 * nothing, or something a caller expecting an answer cannot use.
 */
final class AcceptedBody {
    private static final ObjectMapper JSON = JsonMapper.builder()
            // an object followed by more text is not the object the receiver meant to send
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private AcceptedBody() {
    }

    static WebhookOutcome.Accepted read(int status, BoundedBody body) {
        JsonNode json;
        try {
            json = JSON.readTree(body.bytes());
        } catch (IOException notJson) {
            return unreadable(status, "the answer is not JSON", body);
        }
        if (json == null || json.isMissingNode()) {
            return new WebhookOutcome.Accepted(status, Map.of(), Optional.empty());
        }
        if (!json.isObject()) {
            return unreadable(status, "the answer is JSON but not an object", body);
        }
        Map<String, Object> fields = JSON.convertValue(json, OBJECT);
        // a field set to null says no more than a missing one, and the outcome holds no nulls
        fields.values().removeIf(Objects::isNull);
        return new WebhookOutcome.Accepted(status, fields, Optional.empty());
    }

    private static WebhookOutcome.Accepted unreadable(int status, String reason, BoundedBody body) {
        return new WebhookOutcome.Accepted(status, Map.of(), Optional.of(reason + ": " + body.excerpt()));
    }
}
