package io.aggregator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.domain.chat.Author;
import io.aggregator.domain.chat.Channel;
import io.aggregator.domain.chat.Chat;
import io.aggregator.domain.chat.Customer;
import io.aggregator.domain.chat.Message;
import io.aggregator.domain.chat.MessageId;
import io.aggregator.domain.tenant.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveEventsTest {
    private static final java.util.concurrent.ExecutorService READERS =
            java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "event-stream-reader");
                thread.setDaemon(true);
                return thread;
            });
    private final TestApi api = new TestApi();

    @BeforeEach
    void twoTenants() {
        api.tenantWithUsers("alpha");
        api.tenantWithUsers("beta");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** An open event stream, its lines collected as they come. */
    private final class Stream implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;

        Stream(String tenant, String token, String lastEventId) throws InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.api.port()
                            + "/api/v1/tenants/" + tenant + "/events"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
            // read on a thread of its own: the stream never ends, and must not block the test's thread
            response.thenAcceptAsync(answer -> answer.body().forEach(lines::add), READERS);
            awaitSubscribed();
        }

        /** The stream's first event, {@code ready}, says it is subscribed: nothing published later is missed. */
        private void awaitSubscribed() throws InterruptedException {
            assertThat(nextEvent().get(0)).isEqualTo("ready");
        }

        /** The next event's type, id and data, waiting at most a few seconds so a bug cannot hang the build. */
        List<String> nextEvent() throws InterruptedException {
            String type = null;
            String id = null;
            while (true) {
                String line = lines.poll(10, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("no event arrived");
                }
                if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:") && type != null) {
                    return List.of(type, String.valueOf(id), line.substring(5).strip());
                }
            }
        }

        @Override
        public void close() {
            response.thenAccept(answer -> answer.body().close());
            response.cancel(true);
        }
    }

    private static LiveEvent.MessageAdded customerSays(String text) {
        Chat chat = Chat.start(Channel.of("web"), "visitor", Customer.anonymous(), Instant.now());
        return new LiveEvent.MessageAdded(chat.id(), new Message(MessageId.newId(), chat.id(), Author.CUSTOMER, null,
                null, text, List.of(), null, Instant.now(), Instant.now(), null));
    }

    @Test
    void aTenantsEventsReachOnlyThatTenantsUsers() throws Exception {
        try (Stream alpha = new Stream("alpha", api.logIn("alpha", "manager"), null);
             Stream beta = new Stream("beta", api.logIn("beta", "manager"), null)) {
            api.liveEvents.publish(TenantId.of("alpha"), customerSays("secret of alpha"));
            api.liveEvents.publish(TenantId.of("beta"), customerSays("hello beta"));

            List<String> toAlpha = alpha.nextEvent();
            List<String> toBeta = beta.nextEvent();

            assertThat(toAlpha.get(0)).isEqualTo("message");
            assertThat(toAlpha.get(2)).contains("secret of alpha");
            // beta's first event is its own: alpha's, published before it, never reached beta
            assertThat(toBeta.get(2)).contains("hello beta").doesNotContain("alpha");
        }
    }

    @Test
    void aReconnectingClientReceivesWhatItMissed() throws Exception {
        String token = api.logIn("alpha", "manager");
        String lastSeen;
        try (Stream first = new Stream("alpha", token, null)) {
            api.liveEvents.publish(TenantId.of("alpha"), customerSays("one"));
            lastSeen = first.nextEvent().get(1);
        }
        api.liveEvents.publish(TenantId.of("alpha"), customerSays("two"));
        api.liveEvents.publish(TenantId.of("beta"), customerSays("not for alpha"));
        api.liveEvents.publish(TenantId.of("alpha"), customerSays("three"));

        try (Stream again = new Stream("alpha", token, lastSeen)) {
            assertThat(again.nextEvent().get(2)).contains("two");
            assertThat(again.nextEvent().get(2)).contains("three");
        }
    }

    @Test
    void anIdFromBeforeTheServerStartedAsksTheClientToReload() throws Exception {
        try (Stream stream = new Stream("alpha", api.logIn("alpha", "manager"), "999999")) {
            assertThat(stream.nextEvent().get(0)).isEqualTo("reset");
        }
    }

    @Test
    void anotherTenantsStreamIs404() {
        var answer = api.http.send("GET", "/api/v1/tenants/beta/events", null, java.util.Map.of(
                "Authorization", "Bearer " + api.logIn("alpha", "admin"), "Accept", "text/event-stream"));

        assertThat(answer.status()).isEqualTo(404);
    }
}
