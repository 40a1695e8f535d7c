package io.aggregator.application.port.out;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How one webhook call went, as the outbox needs to know it. */
public sealed interface WebhookOutcome {

    /**
     * The receiver answered 2xx. {@code json} is the body when it was a JSON object (empty for an empty
     * body); {@code unreadableBody} says why the body was neither, for a caller that expects an answer.
     */
    record Accepted(int status, Map<String, Object> json, Optional<String> unreadableBody) implements WebhookOutcome {
        public Accepted {
            json = Map.copyOf(Objects.requireNonNull(json, "json"));
            Objects.requireNonNull(unreadableBody, "unreadableBody");
        }
    }

    /**
     * Worth trying again: connection refused or reset, a timeout, 408, 429 or 5xx. {@code retryAfter}
     * is the receiver's own {@code Retry-After}, when it sent one.
     */
    record Retry(String reason, Optional<Duration> retryAfter) implements WebhookOutcome {
        public Retry {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** Trying again would not help: any other 4xx, or a URL the server may not call. */
    record Fail(String reason) implements WebhookOutcome {
        public Fail {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
