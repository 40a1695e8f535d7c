package io.aggregator.adapter.n8n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aggregator.application.port.out.WebhookCall;
import io.aggregator.application.port.out.WebhookOutcome;
import io.aggregator.application.port.out.WebhookSigning;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against a real HTTP server on this host, which the sender's policy allows for these tests only. */
@Timeout(60)
class HttpWebhookSenderTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:00Z");
    private static final String ID = "01936f8e-7c1a-7a53-9d6e-2f0a1b3c4d5e";
    private static final Map<String, Object> PAYLOAD = orderedPayload();
    private static final String BODY = "{\"type\":\"ai_request\",\"message\":{\"text\":\"Can I bring my dog inside?\"}}";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final WebhookSigning signing = new StandardWebhookSigning();
    private final String secret = signing.newSecret();
    private final HttpWebhookSender sender = sender(List.of("127.0.0.0/8"));

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer server;

    private record Received(String path, Headers headers, String body) {
    }

    /** What a test's receiver does once the request is read and recorded. */
    private interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private HttpWebhookSender sender(List<String> allowedInternal) {
        return new HttpWebhookSender(new WebhookUrlPolicy(allowedInternal), signing, Clock.fixed(NOW, ZoneOffset.UTC),
                HttpWebhookSender.DEFAULT_MAX_RESPONSE_BYTES);
    }

    private void receive(String path, Answer answer) {
        server.createContext(path, exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
                answer.send(exchange);
            }
        });
    }

    private void receive(String path, int status, Map<String, String> headers, String body) {
        receive(path, exchange -> {
            headers.forEach(exchange.getResponseHeaders()::add);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        });
    }

    private void holdUntilTheTestEnds() {
        try {
            release.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static WebhookCall call(URI url, String secret, Duration timeout) {
        return new WebhookCall(url, ID, PAYLOAD, secret, timeout);
    }

    /** The payload whose JSON text is {@link #BODY}: the body sent is the payload written in its own order. */
    private static Map<String, Object> orderedPayload() {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("type", "ai_request");
        payload.put("message", Map.of("text", "Can I bring my dog inside?"));
        return payload;
    }

    private WebhookOutcome post(String path) {
        return sender.post(call(url(path), secret, TIMEOUT));
    }

    @Test
    void theCallIsSignedSoTheReceiverCanVerifyIt() {
        receive("/webhook/ai", 200, Map.of(), "");

        post("/webhook/ai");

        assertThat(received).hasSize(1);
        Headers headers = received.get(0).headers();
        assertThat(headers.getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(headers.getFirst("User-Agent")).isEqualTo("aggregator");
        assertThat(headers.getFirst("webhook-id")).isEqualTo(ID);
        assertThat(headers.getFirst("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(received.get(0).body()).isEqualTo(BODY);
        assertThatCode(() -> StandardWebhookSignature.verify(List.of(WebhookSecret.parse(secret)),
                headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), received.get(0).body(), NOW,
                StandardWebhookSignature.DEFAULT_TOLERANCE)).doesNotThrowAnyException();
    }

    @Test
    void aJsonObjectAnswerIsReadWithItsNestedValues() {
        receive("/webhook/ai", 200, Map.of("Content-Type", "application/json"),
                "{\"answer\": \"Dogs are welcome on the terrace.\", \"handover\": false, \"confidence\": 0.86,"
                        + " \"tokens\": 212, \"usage\": {\"models\": [\"gpt-4o-mini\", 2]}, \"note\": null}");

        assertThat(post("/webhook/ai")).isEqualTo(new WebhookOutcome.Accepted(200, Map.of(
                "answer", "Dogs are welcome on the terrace.", "handover", false, "confidence", 0.86, "tokens", 212,
                "usage", Map.of("models", List.of("gpt-4o-mini", 2))), Optional.empty()));
    }

    @Test
    void anEmptyAnswerIsAcceptedWithoutFields() {
        receive("/webhook/ai", 204, Map.of(), "");

        assertThat(post("/webhook/ai")).isEqualTo(new WebhookOutcome.Accepted(204, Map.of(), Optional.empty()));
    }

    @Test
    void anAnswerThatIsNotAJsonObjectIsAcceptedAndSaysSo() {
        receive("/html", 200, Map.of(), "<html>\n<body>Workflow was started</body>\n</html>");
        receive("/array", 200, Map.of(), "[{\"answer\": \"hi\"}]");
        receive("/trailing", 200, Map.of(), "{\"answer\": \"hi\"} {\"answer\": \"bye\"}");

        assertThat(post("/html")).isInstanceOfSatisfying(WebhookOutcome.Accepted.class, accepted -> {
            assertThat(accepted.json()).isEmpty();
            assertThat(accepted.unreadableBody())
                    .contains("the answer is not JSON: <html> <body>Workflow was started</body> </html>");
        });
        assertThat(post("/array")).isInstanceOfSatisfying(WebhookOutcome.Accepted.class, accepted -> {
            assertThat(accepted.json()).isEmpty();
            assertThat(accepted.unreadableBody()).contains("the answer is JSON but not an object: [{\"answer\": \"hi\"}]");
        });
        assertThat(post("/trailing")).isInstanceOfSatisfying(WebhookOutcome.Accepted.class, accepted -> {
            assertThat(accepted.json()).isEmpty();
            assertThat(accepted.unreadableBody()).get(InstanceOfAssertFactories.STRING)
                    .startsWith("the answer is not JSON: ");
        });
    }

    @Test
    void anAnswerLargerThanTheLimitIsNotReadToItsEnd() {
        long tenMegabytes = 10L * 1024 * 1024;
        receive("/huge", exchange -> {
            exchange.sendResponseHeaders(200, tenMegabytes);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < tenMegabytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException senderHungUp) {
                // the sender stops reading at the limit
            }
        });

        assertThat(post("/huge")).isEqualTo(new WebhookOutcome.Retry(
                "the webhook answered 200 with more than 1048576 bytes", Optional.empty()));
    }

    @Test
    void serverErrorsAreRetriedWithAnExcerptOfTheAnswer() {
        receive("/webhook/ai", 500, Map.of(), "{\"message\": \"Error in workflow\"}");

        assertThat(post("/webhook/ai")).isEqualTo(new WebhookOutcome.Retry(
                "the webhook answered 500: {\"message\": \"Error in workflow\"}", Optional.empty()));
    }

    @Test
    void theReceiversRetryAfterIsKeptInSecondsOrAsADate() {
        receive("/unavailable", 503, Map.of("Retry-After", "7"), "");
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atZone(ZoneOffset.UTC));
        receive("/throttled", 429, Map.of("Retry-After", inNinetySeconds), "slow down");

        assertThat(post("/unavailable"))
                .isEqualTo(new WebhookOutcome.Retry("the webhook answered 503", Optional.of(Duration.ofSeconds(7))));
        assertThat(post("/throttled")).isEqualTo(new WebhookOutcome.Retry("the webhook answered 429: slow down",
                Optional.of(Duration.ofSeconds(90))));
    }

    @Test
    void otherClientErrorsFailForGood() {
        receive("/webhook/ai", 400, Map.of(), "Bad request: unknown field 'type'");

        assertThat(post("/webhook/ai"))
                .isEqualTo(new WebhookOutcome.Fail("the webhook answered 400: Bad request: unknown field 'type'"));
    }

    @Test
    void aRedirectIsNotFollowed() {
        receive("/moved", 302, Map.of("Location", "/elsewhere"), "");
        receive("/elsewhere", 200, Map.of(), "");

        assertThat(post("/moved")).isEqualTo(new WebhookOutcome.Fail("the webhook answered 302, a redirect to "
                + "/elsewhere, which is not followed: the webhook URL must be the final one"));
        assertThat(received).extracting(Received::path).containsExactly("/moved");
    }

    @Test
    void aRefusedConnectionIsRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        WebhookOutcome outcome = sender.post(call(URI.create("http://127.0.0.1:" + closedPort + "/webhook"), secret,
                TIMEOUT));

        assertThat(outcome).isInstanceOfSatisfying(WebhookOutcome.Retry.class, retry -> {
            assertThat(retry.reason()).isEqualTo("could not connect to 127.0.0.1:" + closedPort);
            assertThat(retry.retryAfter()).isEmpty();
        });
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsRetried() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            handlers.submit(() -> {
                try (Socket accepted = socket.accept()) {
                    accepted.getInputStream().read();
                }
                return null;
            });

            WebhookOutcome outcome = sender.post(call(
                    URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/webhook"), secret, TIMEOUT));

            assertThat(outcome).isInstanceOfSatisfying(WebhookOutcome.Retry.class,
                    retry -> assertThat(retry.reason()).startsWith("the exchange broke off"));
        }
    }

    @Test
    void aReceiverThatDoesNotFinishItsAnswerInTimeIsRetried() {
        receive("/stuck", exchange -> holdUntilTheTestEnds());
        receive("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write('{');
            exchange.getResponseBody().flush();
            holdUntilTheTestEnds();
        });
        Duration shortTimeout = Duration.ofMillis(300);

        WebhookOutcome stuck = sender.post(call(url("/stuck"), secret, shortTimeout));
        WebhookOutcome trickling = sender.post(call(url("/trickle"), secret, shortTimeout));

        assertThat(List.of(stuck, trickling))
                .containsOnly(new WebhookOutcome.Retry("no answer within 300 ms", Optional.empty()));
    }

    @Test
    void aUrlThePolicyRefusesIsNeverCalled() {
        receive("/webhook/ai", 200, Map.of(), "");
        HttpWebhookSender strict = sender(List.of());

        WebhookOutcome loopback = strict.post(call(url("/webhook/ai"), secret, TIMEOUT));
        WebhookOutcome metadata = sender.post(call(URI.create("http://169.254.169.254/latest/meta-data"), secret,
                TIMEOUT));

        assertThat(loopback).isInstanceOfSatisfying(WebhookOutcome.Fail.class,
                fail -> assertThat(fail.reason()).contains("loopback or private address"));
        assertThat(metadata).isInstanceOfSatisfying(WebhookOutcome.Fail.class,
                fail -> assertThat(fail.reason()).contains("never called"));
        assertThat(received).isEmpty();
    }

    @Test
    void aHostThatDoesNotResolveNowIsTriedAgainLater() {
        // .invalid never resolves (RFC 2606): as a name server that is down for a moment
        WebhookOutcome outcome = sender.post(call(URI.create("http://n8n.invalid/webhook/ai"), secret, TIMEOUT));

        assertThat(outcome).isInstanceOfSatisfying(WebhookOutcome.Retry.class,
                retry -> assertThat(retry.reason()).contains("does not resolve"));
    }

    @Test
    void aSecretThatCannotSignFailsWithoutACall() {
        receive("/webhook/ai", 200, Map.of(), "");

        WebhookOutcome outcome = sender.post(call(url("/webhook/ai"), "not-a-secret", TIMEOUT));

        assertThat(outcome).isEqualTo(new WebhookOutcome.Fail(
                "the call cannot be made: a webhook secret starts with 'whsec_'"));
        assertThat(received).isEmpty();
    }
}
