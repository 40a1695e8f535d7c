package io.aggregator.adapter.n8n;

import io.aggregator.application.port.out.WebhookCall;
import io.aggregator.application.port.out.WebhookOutcome;
import io.aggregator.application.port.out.WebhookSender;
import io.aggregator.application.port.out.WebhookSigning;
import io.aggregator.application.port.out.WebhookUrls;
import io.aggregator.domain.ValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts signed webhooks over HTTP/1.1 through one shared client. Each call's timeout bounds the whole
 * exchange, the answer's body included, so a receiver that trickles its answer cannot hold a sender
 * thread; and only so much of an answer is read, so a receiver cannot fill the server's memory.
 * <p>
 * The URL policy judges the host again before each call, but the client resolves it once more to
 * connect: a name server that changes its answer in between is not caught, since java.net.http takes
 * no resolver of its own that would let the call use the addresses the policy judged.
 */
public final class HttpWebhookSender implements WebhookSender {
    /** An answer is a short JSON object; a larger one is not read. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final String USER_AGENT = "aggregator";

    private static final Logger LOG = LoggerFactory.getLogger(HttpWebhookSender.class);
    private static final String URL_FIELD = "webhook_url";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookUrls urls;
    private final WebhookSigning signing;
    private final Clock clock;
    private final int maxResponseBytes;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            // a redirect would lead the call past the URL policy to wherever the receiver points
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public HttpWebhookSender(WebhookUrls urls, WebhookSigning signing, Clock clock, int maxResponseBytes) {
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("the largest answer to read must be at least 1 byte, got "
                    + maxResponseBytes);
        }
        this.urls = Objects.requireNonNull(urls, "urls");
        this.signing = Objects.requireNonNull(signing, "signing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public WebhookOutcome post(WebhookCall call) {
        WebhookOutcome outcome = send(call);
        if (outcome instanceof WebhookOutcome.Retry retry) {
            LOG.warn("webhook {} to {} failed, to be retried: {}", call.webhookId(), call.url().getHost(),
                    retry.reason());
        } else if (outcome instanceof WebhookOutcome.Fail fail) {
            LOG.warn("webhook {} to {} failed for good: {}", call.webhookId(), call.url().getHost(), fail.reason());
        }
        return outcome;
    }

    private WebhookOutcome send(WebhookCall call) {
        URI url;
        try {
            url = urls.check(URL_FIELD, call.url().toString());
        } catch (ValidationException refused) {
            // a name that does not resolve now may resolve in a minute (a name server hiccup): try again
            return resolves(call.url().getHost()) ? new WebhookOutcome.Fail(refused.getMessage())
                    : retry(refused.getMessage());
        }
        HttpRequest request;
        try {
            request = request(url, call);
        } catch (IllegalArgumentException unusable) {
            return new WebhookOutcome.Fail("the call cannot be made: " + unusable.getMessage());
        }
        CompletableFuture<HttpResponse<BoundedBody>> exchange =
                client.sendAsync(request, BoundedBody.handler(maxResponseBytes));
        try {
            return outcome(exchange.get(call.timeout().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            return retry(noAnswerWithin(call));
        } catch (ExecutionException failed) {
            return retry(failure(failed.getCause(), call));
        } catch (InterruptedException interrupted) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return retry("interrupted while waiting for the answer");
        }
    }

    private static boolean resolves(String host) {
        try {
            return host != null && InetAddress.getAllByName(host).length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private HttpRequest request(URI url, WebhookCall call) {
        long timestamp = clock.instant().getEpochSecond();
        String body = writeJson(call.payload());
        return HttpRequest.newBuilder(url)
                .timeout(call.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(StandardWebhookSignature.ID_HEADER, call.webhookId())
                .header(StandardWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(StandardWebhookSignature.SIGNATURE_HEADER,
                        signing.sign(call.secret(), call.webhookId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** The exact text that is signed and sent. */
    private static String writeJson(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private WebhookOutcome outcome(HttpResponse<BoundedBody> response) {
        int status = response.statusCode();
        BoundedBody body = response.body();
        if (status >= 200 && status < 300) {
            if (body.truncated()) {
                return retry("the webhook answered " + status + " with more than " + maxResponseBytes + " bytes");
            }
            return AcceptedBody.read(status, body);
        }
        String answered = "the webhook answered " + status + (body.bytes().length == 0 ? "" : ": " + body.excerpt());
        if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            return new WebhookOutcome.Retry(answered, RetryAfter.parse(retryAfter, clock.instant()));
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").map(BoundedBody::excerpt).orElse("nowhere");
            return new WebhookOutcome.Fail("the webhook answered " + status + ", a redirect to " + location
                    + ", which is not followed: the webhook URL must be the final one");
        }
        return new WebhookOutcome.Fail(answered);
    }

    private static String failure(Throwable cause, WebhookCall call) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof HttpTimeoutException) {
            return noAnswerWithin(call);
        }
        if (cause instanceof ConnectException) {
            // the client says no more than that (its cause is a closed channel), so the reason names the target
            URI url = call.url();
            return "could not connect to " + url.getHost() + ":" + (url.getPort() < 0 ? "default port" : url.getPort());
        }
        if (cause instanceof IOException) {
            return "the exchange broke off: " + rootMessage(cause);
        }
        return "the exchange failed: " + rootMessage(cause);
    }

    private static String noAnswerWithin(WebhookCall call) {
        return "no answer within " + call.timeout().toMillis() + " ms";
    }

    /** The innermost cause says what happened; the outer ones mostly say where. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + BoundedBody.excerpt(root.getMessage());
    }

    private static WebhookOutcome.Retry retry(String reason) {
        return new WebhookOutcome.Retry(reason, Optional.empty());
    }
}
