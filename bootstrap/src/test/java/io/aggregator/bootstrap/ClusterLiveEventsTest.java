package io.aggregator.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aggregator.adapter.security.BcryptPasswordHasher;
import io.aggregator.domain.access.AccessToken;
import io.aggregator.domain.access.IntegrationKey;
import io.aggregator.domain.access.IntegrationKeyId;
import io.aggregator.domain.tenant.Tenant;
import io.aggregator.domain.tenant.TenantId;
import io.aggregator.domain.user.Role;
import io.aggregator.domain.user.User;
import io.aggregator.domain.user.UserId;
import io.aggregator.domain.user.Username;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two server nodes on one database: a manager connected to one hears what happens on the other. */
class ClusterLiveEventsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PASSWORD = "cluster test password";
    private static final ExecutorService READERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cluster-stream-reader");
        thread.setDaemon(true);
        return thread;
    });
    private static Application first;
    private static Application second;

    @BeforeAll
    static void twoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    private static Application node() {
        return Application.start(new ServerConfig(ServerConfig.Http.local(0),
                TestServerConfig.testDatabase(), 4, false,
                new ServerConfig.Access("someone-else", "a long enough password", 10, 1)), Clock.systemUTC());
    }

    /** A tenant with a manager and a connector key; returns {key, manager's token}. */
    private static String[] tenant(TenantId tenant) throws Exception {
        var persistence = first.persistence();
        AccessToken key = AccessToken.newIntegrationKey(tenant);
        persistence.transactions().runInTenant(tenant, () -> {
            persistence.tenants().add(Tenant.create(tenant, "Cluster " + tenant, Instant.now()));
            persistence.users().add(new User(UserId.newId(), Username.of("maria"),
                    new BcryptPasswordHasher(10).hash(PASSWORD), Role.MANAGER, true, Instant.now()));
            persistence.integrationKeys().add(new IntegrationKey(IntegrationKeyId.newId(), "telegram",
                    key.displayPrefix(), key.hash(), null, Instant.now(), null, null));
        });
        String login = post(second, null, "/api/v1/session", "{\"tenant_id\":\"" + tenant
                + "\",\"username\":\"maria\",\"password\":\"" + PASSWORD + "\"}");
        String token = login.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        return new String[] {key.reveal(), token};
    }

    private static String post(Application node, String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The event lines arriving on a stream of {@code node}, once it says it is ready, but deliveries. */
    private static BlockingQueue<String> stream(Application node, TenantId tenant, String token) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port()
                        + "/api/v1/tenants/" + tenant + "/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
        // deliveries are reported by the outbox workers on their own time (on either node): left out here
        java.util.concurrent.atomic.AtomicBoolean inDelivery = new java.util.concurrent.atomic.AtomicBoolean();
        CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> response.body()
                .filter(line -> line.startsWith("event:") || line.startsWith("data:"))
                .filter(line -> {
                    if (line.startsWith("event:")) {
                        inDelivery.set(line.equals("event: delivery"));
                    }
                    return !inDelivery.get();
                })
                .forEach(events::add), READERS);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: ready");
        events.poll(10, TimeUnit.SECONDS);
        return events;
    }

    @Test
    void aMessageReceivedByOneNodeReachesTheTenantsStreamsOnTheOtherOnly() throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        TenantId alpha = TenantId.of("cluster-a-" + run);
        TenantId beta = TenantId.of("cluster-b-" + run);
        String[] alphaAccess = tenant(alpha);
        String[] betaAccess = tenant(beta);
        BlockingQueue<String> alphaOnSecond = stream(second, alpha, alphaAccess[1]);
        BlockingQueue<String> betaOnSecond = stream(second, beta, betaAccess[1]);

        post(first, alphaAccess[0], "/api/v1/tenants/" + alpha + "/messages",
                "{\"channel\":\"web\",\"chat_id\":\"c1\",\"message_id\":\"m1\",\"text\":\"secret of alpha\"}");
        post(first, betaAccess[0], "/api/v1/tenants/" + beta + "/messages",
                "{\"channel\":\"web\",\"chat_id\":\"c1\",\"message_id\":\"m1\",\"text\":\"hello beta\"}");

        assertThat(alphaOnSecond.poll(10, TimeUnit.SECONDS)).isEqualTo("event: message");
        assertThat(alphaOnSecond.poll(10, TimeUnit.SECONDS)).contains("secret of alpha");
        // beta's first event is its own: alpha's, sent before it, never reached beta's stream
        assertThat(betaOnSecond.poll(10, TimeUnit.SECONDS)).isEqualTo("event: message");
        assertThat(betaOnSecond.poll(10, TimeUnit.SECONDS)).contains("hello beta").doesNotContain("alpha");
    }
}
